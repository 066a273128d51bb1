/**
 * Internal: the commands Import as Coyotos Model..., Show .mki Source and Open Declaration. Friends: the UI tests.
 */
package coyotos.studio.mkimage.ui.internal.handlers;
