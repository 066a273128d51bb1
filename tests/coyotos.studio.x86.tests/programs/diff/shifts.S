/* Shifts and rotates at 8, 16 and 32 bits by every count 0-40 (in CL, so above the operand size too), with
   CF and OF in both states before; immediate and by-one forms; memory operands; SHLD/SHRD. */
    .include "macros.inc"
    .text
    .globl test_main

/* SWEEP insn, reg, value: for every count in CL 0..40 and both initial flag states, record reg and EFLAGS. */
.macro SWEEP insn, reg, value
    xorl %ecx, %ecx
1:  movl $\value, %eax
    movl $\value, %edx
    SETF 0x8d5
    \insn %cl, \reg
    REC %eax
    REC %edx
    movl $\value, %eax
    movl $\value, %edx
    SETF 0
    \insn %cl, \reg
    REC %eax
    REC %edx
    incl %ecx
    cmpl $41, %ecx
    jne 1b
.endm

test_main:
    RECINIT
    SWEEP shll, %eax, 0x81234567
    SWEEP shrl, %eax, 0x81234567
    SWEEP sarl, %eax, 0x81234567
    SWEEP roll, %eax, 0x81234567
    SWEEP rorl, %eax, 0x81234567
    SWEEP rcll, %eax, 0x81234567
    SWEEP rcrl, %eax, 0x81234567
    SWEEP sall, %eax, 0x40000001
    SWEEP shlw, %ax, 0x1234c001
    SWEEP shrw, %ax, 0x1234c001
    SWEEP sarw, %ax, 0x1234c001
    SWEEP rolw, %ax, 0x1234c001
    SWEEP rorw, %ax, 0x1234c001
    SWEEP rclw, %ax, 0x1234c001
    SWEEP rcrw, %ax, 0x1234c001
    SWEEP shlb, %dh, 0x1234c1c3
    SWEEP shrb, %al, 0x1234c1c3
    SWEEP sarb, %ah, 0x1234c183
    SWEEP rolb, %dl, 0x1234c1c3
    SWEEP rorb, %al, 0x1234c1c3
    SWEEP rclb, %ah, 0x1234c1c3
    SWEEP rcrb, %dl, 0x1234c1c3
    /* immediate and by-one forms */
    movl $0x80000001, %eax
    shll $1, %eax
    REC %eax
    shrl $1, %eax
    REC %eax
    sarl $31, %eax
    REC %eax
    movl $0x40000000, %eax
    shll %eax
    REC %eax
    roll $4, %eax
    REC %eax
    rorl %eax
    REC %eax
    stc
    rcll %eax
    REC %eax
    stc
    rcrl %eax
    REC %eax
    movb $0x81, %bl
    shlb $7, %bl
    REC %ebx
    sarw $3, %bx
    REC %ebx
    /* memory operands */
    movl $0xc0000003, mem
    shll $2, mem
    RECM mem
    movl $5, %ecx
    shrl %cl, mem
    RECM mem
    rolw $9, mem + 2
    RECM mem
    rcrb $3, mem + 1
    RECM mem
    sarl mem
    RECM mem
    /* SHLD / SHRD at 32 and 16 bits, immediate and CL counts 0..31 */
    xorl %ecx, %ecx
2:  movl $0x89abcdef, %eax
    movl $0x13579bdf, %edx
    SETF 0x8d5
    shldl %cl, %edx, %eax
    REC %eax
    movl $0x89abcdef, %eax
    SETF 0
    shrdl %cl, %edx, %eax
    REC %eax
    movl $0x89abcdef, %eax
    shldw %cl, %dx, %ax
    REC %eax
    movl $0x89abcdef, %eax
    shrdw %cl, %dx, %ax
    REC %eax
    incl %ecx
    cmpl $32, %ecx
    jne 2b
    movl $0x12345678, mem
    movl $0xfedcba98, %ebx
    shldl $12, %ebx, mem
    RECM mem
    shrdl $20, %ebx, mem
    RECM mem
    movl $3, %ecx
    shrdw %cl, %bx, mem
    RECM mem
    shldl $1, %ebx, %ebx
    REC %ebx
    jmp finish
    RLOG 65536
    .data
mem: .long 0
