/* DAA, DAS, AAA, AAS for every AL with every AF and CF in (AH = 0x12); AAM and AAD with several bases. */
    .include "macros.inc"
    .text
    .globl test_main
.macro SWEEP insn
    xorl %ebx, %ebx
1:  movl %ebx, %eax
    andl $0xff, %eax
    orl $0x1200, %eax
    movl %ebx, %ecx
    shrl $8, %ecx                   /* bits 8-9 of the counter: AF and CF in */
    xorl %edx, %edx
    testl $1, %ecx
    jz 2f
    orl $0x10, %edx
2:  testl $2, %ecx
    jz 3f
    orl $0x01, %edx
3:  orl $0x202, %edx
    pushl %edx
    popfl
    \insn
    REC %eax
    incl %ebx
    cmpl $0x400, %ebx
    jb 1b
.endm
test_main:
    RECINIT
    SWEEP daa
    SWEEP das
    SWEEP aaa
    SWEEP aas
    movl $0x00ff, %eax
    aam
    REC %eax
    movl $0x0063, %eax
    aam $16
    REC %eax
    movl $0x0000, %eax
    aam $7
    REC %eax
    movl $0x0809, %eax
    aad
    REC %eax
    movl $0xffff, %eax
    aad $3
    REC %eax
    movl $0x0102, %eax
    aad $0
    REC %eax
    jmp finish
    RLOG 40960
