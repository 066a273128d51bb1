/* Self-modifying code: a loop that patches an immediate of an instruction in its own block before running
   it, code written into a buffer and called (twice, rewritten in between), and a patched opcode. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    RECINIT
    call patch_loop
    REC %esi
    /* generate "mov $42, %eax; ret" and call it, then rewrite it to return 7 */
    movl $buffer, %ebx
    movl $0x00002ab8, (%ebx)
    movl $0x9090c300, 4(%ebx)
    call *%ebx
    REC %eax
    movb $7, 1(%ebx)
    call *%ebx
    REC %eax
    /* patch an opcode: the inc becomes a dec */
    call opcode_patch
    REC %eax
    call opcode_patch
    REC %eax
    jmp finish

    .section .smc, "awx", @progbits
patch_loop:
    xorl %ecx, %ecx
    xorl %esi, %esi
1:  movl %ecx, target + 1
target:
    movl $0xdeadbeef, %edx
    addl %edx, %esi
    incl %ecx
    cmpl $10, %ecx
    jne 1b
    ret
opcode_patch:
    movl $100, %eax
op:
    incl %eax
    movb $0x48, op                      /* 0x48: dec %eax, for the next call */
    ret
buffer:
    .fill 16, 1, 0x90
    .text
    RLOG 256
