/* MUL, IMUL (one, two and three operands), DIV and IDIV at every size, with operands of every sign. */
    .include "macros.inc"
    .text
    .globl test_main

/* FOR_PAIRS body: runs body with %esi and %ebp = each pair from the table vals x vals. */
.macro FOR_PAIRS body
    xorl %ebx, %ebx
1:  xorl %ecx, %ecx
2:  movl vals(,%ebx,4), %esi
    movl vals(,%ecx,4), %ebp
    \body
    incl %ecx
    cmpl $NVALS, %ecx
    jne 2b
    incl %ebx
    cmpl $NVALS, %ebx
    jne 1b
.endm

.macro MUL32
    movl %esi, %eax
    mull %ebp
    REC %eax
    REC %edx
    movl %esi, %eax
    imull %ebp
    REC %eax
    REC %edx
    movl %esi, %eax
    imull %ebp, %eax
    REC %eax
    imull $-7, %esi, %eax
    REC %eax
    imull $0x12345, %ebp, %eax
    REC %eax
.endm
.macro MUL16
    movl %esi, %eax
    mulw %bp
    REC %eax
    REC %edx
    movl %esi, %eax
    imulw %bp
    REC %eax
    REC %edx
    movl %esi, %eax
    imulw %bp, %ax
    REC %eax
    imulw $300, %si, %ax
    REC %eax
.endm
.macro MUL8
    movl %esi, %eax
    movl %ebp, %edx
    mulb %dl
    REC %eax
    movl %esi, %eax
    imulb %dh
    REC %eax
.endm
/* division only where the quotient fits: the divisor (ebp, made odd and nonzero) above the dividend's high half */

test_main:
    RECINIT
    FOR_PAIRS MUL32
    FOR_PAIRS MUL16
    FOR_PAIRS MUL8
    xorl %ebx, %ebx
1:  xorl %ecx, %ecx
2:  movl vals(,%ebx,4), %esi
    movl vals(,%ecx,4), %ebp
    orl $1, %ebp
    movl %esi, %eax
    xorl %edx, %edx
    divl %ebp
    REC %eax
    REC %edx
    movl %esi, %eax
    cltd
    cmpl $-1, %ebp
    je 3f
    idivl %ebp
    REC %eax
    REC %edx
3:  movzwl %si, %eax
    xorl %edx, %edx
    divw %bp
    REC %eax
    REC %edx
    movswl %si, %eax
    cwtd
    cmpw $-1, %bp
    je 4f
    idivw %bp
    REC %eax
    REC %edx
4:  movzbl %cl, %eax
    movb %bl, %ah
    andb $0x0f, %ah
    movl %ebp, %edx
    orb $0x10, %dl
    divb %dl
    REC %eax
    movsbl %bl, %eax
    cbtw
    cmpb $-1, %dl
    je 5f
    idivb %dl
    REC %eax
5:  incl %ecx
    cmpl $NVALS, %ecx
    jne 2b
    incl %ebx
    cmpl $NVALS, %ebx
    jne 1b
    /* memory operands */
    movl $1000003, %eax
    mull mval
    REC %eax
    imull mval, %eax
    REC %eax
    movl $123456789, %eax
    xorl %edx, %edx
    divl mval
    REC %eax
    REC %edx
    jmp finish
    RLOG 65536
    .section .rodata
    .set NVALS, 12
vals: .long 0, 1, 2, 3, 0x7f, 0x80, 0x7fff, 0x8000, 0x7fffffff, 0x80000000, 0xffffffff, 0xdeadbeef
    .data
mval: .long 0x9e3779b9
