/* ALU instructions on memory operands and sub-registers, every addressing form, 8/16/32-bit sizes. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    movl $data, %ebx
    movl $3, %esi
    movl $0x11111111, %eax
    addl %eax, (%ebx)
    SAVEF
    addl %eax, 4(%ebx)
    SAVEF
    subl 8(%ebx), %eax
    SAVEF
    SAVE %eax
    orl %eax, 0x40(%ebx,%esi,4)
    SAVEF
    xorl data + 16, %eax
    SAVEF
    SAVE %eax
    movl $0x12345678, 20(%ebx,%esi,2)
    andl $0xf0f0f0f0, 24(%ebx)
    SAVEF
    stc
    adcl $5, 28(%ebx)
    SAVEF
    stc
    sbbl %eax, 32(%ebx)
    SAVEF
    cmpl %eax, 36(%ebx)
    SAVEF
    cmpl 36(%ebx), %eax
    SAVEF
    testl $0x80000000, 40(%ebx)
    SAVEF
    /* 8-bit: AH..BH, memory bytes */
    movl $0x80ff7f01, %ecx
    movl $0x12345678, %edx
    addb %ch, %cl
    SAVEF
    SAVE %ecx
    subb %dh, %dl
    SAVEF
    adcb %dl, %ah
    SAVEF
    SAVE %eax
    xorb %bl, %bh
    SAVEF
    SAVE %ebx
    movl $data, %ebx
    addb $0x7f, 44(%ebx)
    SAVEF
    subb $0x80, 45(%ebx)
    SAVEF
    negb 46(%ebx)
    SAVEF
    notb 47(%ebx)
    incb 48(%ebx)
    SAVEF
    decb 49(%ebx)
    SAVEF
    cmpb $0x10, 50(%ebx)
    SAVEF
    /* 16-bit */
    movl $0xffff8000, %eax
    movl $0x00017fff, %edx
    addw %dx, %ax
    SAVEF
    SAVE %eax
    subw $0x100, %ax
    SAVEF
    incw %ax
    decw %dx
    SAVEF
    SAVE %eax
    SAVE %edx
    addw $-1, 52(%ebx)
    SAVEF
    orw %ax, 54(%ebx)
    SAVEF
    sbbw $3, 56(%ebx)
    SAVEF
    negw %dx
    SAVEF
    SAVE %edx
    /* INC/DEC keep CF */
    stc
    incl %eax
    SAVEF
    clc
    decl %eax
    SAVEF
    movl $0x7fffffff, %eax
    incl %eax
    SAVEF
    decl %eax
    SAVEF
    /* NEG of zero and of the minimum */
    xorl %ecx, %ecx
    negl %ecx
    SAVEF
    movl $0x80000000, %ecx
    negl %ecx
    SAVEF
    SAVE %ecx
    /* LEA forms, 16-bit addressing under 67 */
    movl $0x1000, %ebx
    movl $0x20, %esi
    leal 0x10(%ebx,%esi,8), %eax
    SAVE %eax
    leal (,%esi,4), %eax
    SAVE %eax
    leal -1(%eax), %ecx
    SAVE %ecx
    leaw 0x7(%bx,%si), %ax
    SAVE %eax
    movl $0x1ffff, %ebx
    addr16 leal 2(%bx,%si), %eax
    SAVE %eax
    /* segment overrides on a flat space */
    movl $data, %ebx
    movl %ds:(%ebx), %eax
    addl %es:4(%ebx), %eax
    addl %ss:8(%ebx), %eax
    addl %cs:const, %eax
    SAVE %eax
    /* XCHG, CBW family, LAHF/SAHF, CMC, SALC */
    movl $0x1234, %eax
    movl $0xabcd, %edx
    xchgl %eax, %edx
    xchgb %al, %dh
    xchgl %eax, 60(%ebx)
    SAVE %eax
    SAVE %edx
    movl $0xff80, %eax
    cbtw
    SAVE %eax
    movl $0x8000, %eax
    cwtl
    SAVE %eax
    cltd
    SAVE %edx
    movl $0x12348000, %eax
    cwtd
    SAVE %edx
    movl $0xd5, %eax
    shll $8, %eax
    sahf
    SAVEF
    lahf
    SAVE %eax
    cmc
    SAVEF
    .byte 0xd6                      /* salc */
    SAVE %eax
    movl $-1, %eax
    movl $-1, %ecx
    movl $0x55555555, %edx
    movl $7, %ebx
    movl $0x89abcdef, %esi
    movl $0x01234567, %edi
    movl $0x20000, %ebp
    jmp finish
    LOGS
    .data
data:
    .long 0x7fffffff, 0x80000000, 0x12345678, 0, 0xdeadbeef, 0, 0xffffffff, 0xfffffffe
    .long 0x11111111, 0x11111112, 0x40000000, 0x01ff7f80, 0x807f00ff, 0x80007fff, 0xfffe0001, 0
    .fill 32, 4, 0x5a5a5a5a
    .section .rodata
const:
    .long 0x01010101
