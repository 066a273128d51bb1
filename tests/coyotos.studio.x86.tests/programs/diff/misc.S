/* Operand-size (66) forms, sign and zero extensions of every width, LOCK-prefixed read-modify-writes, XCHG
   with memory, hint NOPs and ENDBR32, PAUSE, FWAIT, and memory operands that straddle a page boundary. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    RECINIT
    endbr32
    nop
    xchgw %ax, %ax
    nopl (%eax)
    nopw 0x0(%eax,%eax,1)
    .byte 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00   /* nopl 0x0(%eax,%eax,1), 8 bytes */
    .byte 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00
    .byte 0x0f, 0x18, 0x00                                 /* prefetchnta (%eax): a hint NOP */
    pause
    fwait
    /* 16-bit arithmetic on registers and memory */
    movl $0x12345678, %eax
    movl $0x9abcdef0, %ebx
    movw $0x8001, %cx
    addw %cx, %ax
    REC %eax
    adcw $0x7fff, %bx
    REC %ebx
    imulw %cx, %bx
    REC %ebx
    imulw $-3, %cx, %dx
    REC %edx
    movw $0x1234, word
    addw $0x8000, word
    RECM word
    notw word
    negw word + 2
    RECM word
    incw word
    RECM word
    xchgw %cx, word
    REC %ecx
    RECM word
    pushw word
    popw word + 2
    RECM word
    movzbw %cl, %ax
    REC %eax
    movsbw %cl, %ax
    REC %eax
    movzbl %ch, %eax
    REC %eax
    movsbl %ch, %eax
    REC %eax
    movzwl %cx, %eax
    REC %eax
    movswl %cx, %eax
    REC %eax
    movsbl byte, %eax
    REC %eax
    movswl word, %eax
    REC %eax
    movzbw byte, %ax
    REC %eax
    movsbw byte, %dx
    REC %edx
    movzwl word + 2, %edx
    REC %edx
    testw $0x8000, %cx
    REC %ecx
    testb $0x81, %cl
    REC %ecx
    testb %ch, byte
    REC %ecx
    cmovsw word, %dx
    REC %edx
    /* LOCK on read-modify-writes, and XCHG (locked implicitly) */
    movl $counter, %ebx
    lock incl (%ebx)
    lock decw 2(%ebx)
    lock addl $5, (%ebx)
    lock orb $0x80, 1(%ebx)
    lock andl $0xfff0ffff, (%ebx)
    lock xorw $0x1111, (%ebx)
    lock subl %ebx, 4(%ebx)
    lock adcl $1, 4(%ebx)
    lock sbbb $1, 3(%ebx)
    lock negl 4(%ebx)
    lock notl 8(%ebx)
    RECM (%ebx)
    RECM 4(%ebx)
    RECM 8(%ebx)
    movl $0x55aa55aa, %eax
    xchgl %eax, 8(%ebx)
    REC %eax
    RECM 8(%ebx)
    /* operands straddling the boundary between two pages */
    movl $page_end - 2, %ebx
    movl $0x11223344, (%ebx)
    movl (%ebx), %eax
    REC %eax
    addl $0x01010101, (%ebx)
    RECM (%ebx)
    movw (%ebx), %ax
    REC %eax
    movw $0xbeef, 1(%ebx)
    incl 1(%ebx)
    RECM (%ebx)
    pushl (%ebx)
    popl %ecx
    REC %ecx
    jmp finish
    RLOG 2048
    .data
word: .word 0, 0
byte: .byte 0x90, 0, 0, 0
counter: .long 0x10002000, 0x30004000, 0x12345678
    .section .bss
    .align 4096
    .fill 4096, 1, 0
page_end:
    .fill 16, 1, 0
