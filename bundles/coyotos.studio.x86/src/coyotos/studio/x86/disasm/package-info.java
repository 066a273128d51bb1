/**
 * A disassembler built on the interpreter's own decoder, printing AT&amp;T syntax as GNU objdump does, so the text
 * a Trace or debugger shows is what {@code objdump -d} shows for the same bytes:
 * {@link coyotos.studio.x86.disasm.Disassembler#disassemble(Disassembler.Bytes, int)}.
 */
package coyotos.studio.x86.disasm;
