/*
 * A stand-in for Coyotos's ProtoSpace program (base/mki/coyotos/ProtoSpace.mki loads "coyotos/ProtoSpace"): one
 * page at address 0 whose first 8 bytes hold the start PC that mkimage writes with set_page_uint64, and whose
 * code, at offset 8, jumps there. Written for the Coyotos Studio tests.
 */
    .text
    .globl _start
start_pc:
    .quad 0
_start:
    movl start_pc, %eax
    jmp *%eax
