/**
 * Internal: the image under construction, object by object, as libcoyimage holds it (banks, pages, capability pages,
 * GPTs, endpoints, processes, capabilities), and the address-space building of CoySpace.cxx.
 */
package coyotos.studio.mkimage.internal.image;
