/**
 * The IA-32 decoder shared by the interpreter and the disassembler: the opcode maps, prefixes, modrm/SIB
 * addressing and immediates into a plain {@link coyotos.studio.x86.decode.Insn}. Internal to this bundle (the
 * manifest lets only its tests import it); the interpreter's API is {@code coyotos.studio.x86.cpu}, the
 * disassembler's {@code coyotos.studio.x86.disasm}.
 */
package coyotos.studio.x86.decode;
