/**
 * i386 ELF executables as Coyotos loads them: {@link coyotos.studio.x86.elf.ElfImage} reads and checks the file
 * (and its symbols), {@link coyotos.studio.x86.elf.LoadImage} lays it out in pages as mkimage's loadimage does.
 */
package coyotos.studio.x86.elf;
