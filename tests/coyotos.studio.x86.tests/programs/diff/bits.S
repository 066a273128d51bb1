/* Bit tests, scans and swaps; SETcc and CMOVcc for every condition over many flag states; XADD, CMPXCHG,
   CMPXCHG8B, with and without LOCK. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    RECINIT
    /* BT family, register offsets (signed, reaching beyond the operand in memory) and immediates */
    movl $0x5a5a0f0f, %eax
    movl $0, %ecx
1:  movl %eax, %edx
    btl %ecx, %edx
    setc %bl
    btsl %ecx, %edx
    adcb $0, %bl
    btrl %ecx, %edx
    adcb $0, %bl
    btcl %ecx, %edx
    adcb $0, %bl
    /* BT leaves OF, SF, AF, PF undefined (and qemu computes them otherwise): only CF, kept in BL, is compared */
    testl %eax, %eax
    REC %edx
    REC %ebx
    movw $0xa5f0, %si
    btw %cx, %si
    setc %bh
    btcw %cx, %si
    setc %bl
    testl %eax, %eax
    REC %esi
    REC %ebx
    incl %ecx
    cmpl $40, %ecx
    jne 1b
    movl $bitmap, %ebx
    movl $-9, %ecx
2:  btl %ecx, 16(%ebx)
    setc %al
    btsl %ecx, 16(%ebx)
    btcl %ecx, 16(%ebx)
    lock btrl %ecx, 16(%ebx)
    movzbl %al, %eax
    testl %eax, %eax
    REC %eax
    addl $7, %ecx
    cmpl $100, %ecx
    jl 2b
    btsw $3, 4(%ebx)
    btrl $33, 8(%ebx)
    btcl $31, 12(%ebx)
    btl $5, (%ebx)
    setc %al
    testl %eax, %eax
    REC %eax
    RECM (%ebx)
    RECM 4(%ebx)
    RECM 8(%ebx)
    RECM 12(%ebx)
    RECM 16(%ebx)
    RECM 20(%ebx)
    /* BSF/BSR: zero leaves the destination */
    movl $0x12345678, %edx
    xorl %eax, %eax
    bsfl %eax, %edx
    REC %edx
    bsrl %eax, %edx
    REC %edx
    movl $0x00100800, %eax
    bsfl %eax, %edx
    REC %edx
    bsrl %eax, %edx
    REC %edx
    bsfw %ax, %dx
    REC %edx
    bsrw 2(%ebx), %cx
    REC %ecx
    movl $0x80000001, %eax
    bsrl %eax, %eax
    REC %eax
    /* BSWAP */
    movl $0x11223344, %eax
    bswap %eax
    REC %eax
    /* SETcc / CMOVcc: all 16 conditions over flag combinations */
    xorl %esi, %esi
3:  movl %esi, %eax
    andl $0x8d5, %eax
    orl $0x202, %eax
    pushl %eax
    popfl
    seto %al
    setno %ah
    setb %bl
    setae %bh
    sete %cl
    setne %ch
    setbe %dl
    seta %dh
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    sets %al
    setns %ah
    setp %bl
    setnp %bh
    setl %cl
    setge %ch
    setle %dl
    setg %dh
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    movl $1, %eax
    movl $2, %ebx
    movl $3, %ecx
    movl $4, %edx
    cmovol %eax, %ebx
    cmovbl %eax, %ecx
    cmovzl %eax, %edx
    cmovbel cmovsrc, %eax
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    cmovsw %bx, %ax
    cmovpl %ecx, %edx
    cmovll %edx, %ebx
    cmovlel %ebx, %ecx
    cmovgw %cx, %dx
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    addl $0x45, %esi
    cmpl $0x1000, %esi
    jb 3b
    /* XADD, CMPXCHG, CMPXCHG8B */
    movl $0x7fffffff, %eax
    movl $1, %edx
    xaddl %edx, %eax
    REC %eax
    REC %edx
    movl $5, %ecx
    lock xaddl %ecx, counter
    REC %ecx
    xaddb %ch, %cl
    REC %ecx
    xaddw %cx, counter
    RECM counter
    movl $7, %eax
    movl $9, %ecx
    cmpxchgl %ecx, counter
    REC %eax
    RECM counter
    movl counter, %eax
    lock cmpxchgl %ecx, counter
    REC %eax
    RECM counter
    movb $9, %al
    movb $0x33, %dl
    cmpxchgb %dl, counter
    REC %eax
    RECM counter
    movl $0x1234, %eax
    movl $0x5678, %edx
    cmpxchgw %dx, %ax
    REC %eax
    movl $0, %eax
    movl $0, %edx
    movl $0xaaaa5555, %ebx
    movl $0x12121212, %ecx
    cmpxchg8b quad
    REC %eax
    REC %edx
    lock cmpxchg8b quad
    REC %eax
    REC %edx
    RECM quad
    RECM quad + 4
    jmp finish
    RLOG 32768
    .data
bitmap: .long 0x0f0f0f0f, 0xf0f0f0f0, 0x12345678, 0x9abcdef0, 0xffff0000, 0x0000ffff, 0x55555555, 0xaaaaaaaa
counter: .long 100
quad: .long 0x11111111, 0x22222222
cmovsrc: .long 0xcafebabe
