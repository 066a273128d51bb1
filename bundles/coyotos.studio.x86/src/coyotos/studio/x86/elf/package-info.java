/**
 * ELF32 executables for IA-32: the checked reader and the page layout {@code loadimage} gives a file's segments.
 */
package coyotos.studio.x86.elf;
