/* String instructions: each size, forward and backward (DF), with REP/REPE/REPNE, counts of 0, 1 and more,
   overlapping forward copies (which repeat bytes, unlike memmove), copies across page boundaries, 16-bit
   addressing (SI, DI, CX under 67), and segment overrides on the source. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    RECINIT
    /* fill src with a pattern */
    movl $src, %ebx
    xorl %ecx, %ecx
1:  movl %ecx, %eax
    imull $0x01010101, %eax, %eax
    xorl $0x5a3c1e0f, %eax
    movl %eax, (%ebx,%ecx,4)
    incl %ecx
    cmpl $2048, %ecx
    jne 1b
    pushl %edi
    /* rep movsb/w/l forward, across the page boundary of dst */
    cld
    movl $src + 3, %esi
    movl $dst + 0xff0, %edi
    movl $100, %ecx
    rep movsb
    movl $src + 1, %esi
    movl $dst + 0x1100, %edi
    movl $37, %ecx
    rep movsw
    movl $src + 2, %esi
    movl $dst + 0x1ffe, %edi
    movl $1200, %ecx
    rep movsl
    movl %esi, save + 0
    movl %edi, save + 4
    movl %ecx, save + 8
    /* backward */
    std
    movl $src + 400, %esi
    movl $dst + 0x3000, %edi
    movl $50, %ecx
    rep movsl
    movl $src + 401, %esi
    movl $dst + 0x3100, %edi
    movl $33, %ecx
    rep movsb
    cld
    movl %esi, save + 12
    movl %edi, save + 16
    /* overlapping forward copy: a one-byte seed smeared */
    movl $dst + 0x3400, %edi
    movb $0xab, (%edi)
    movl %edi, %esi
    incl %edi
    movl $200, %ecx
    rep movsb
    /* overlapping by 4 with dwords */
    movl $dst + 0x3600, %esi
    movl $0x01020304, (%esi)
    leal 4(%esi), %edi
    movl $30, %ecx
    rep movsl
    /* zero count, single (no rep) */
    movl $dst + 0x3800, %edi
    movl $src, %esi
    xorl %ecx, %ecx
    rep movsl
    movsw
    movsb
    movsl
    movl %esi, save + 20
    movl %edi, save + 24
    /* stos */
    movl $0xdeadbeef, %eax
    movl $dst + 0x3900, %edi
    movl $77, %ecx
    rep stosl
    movl $dst + 0x3a01, %edi
    movl $13, %ecx
    rep stosw
    movl $dst + 0x3b03, %edi
    movl $333, %ecx
    rep stosb
    std
    movl $dst + 0x3e00, %edi
    movl $40, %ecx
    rep stosl
    stosb
    cld
    movl %edi, save + 28
    /* lods */
    movl $src, %esi
    lodsl
    movl %eax, save + 32
    lodsw
    lodsb
    movl %eax, save + 36
    movl $5, %ecx
    rep lodsb
    movl %eax, save + 40
    movl %esi, save + 44
    popl %edi
    /* cmps: repe stops at the first difference, repne at the first equal */
    movl $cmpa, %esi
    movl $cmpb, %edi
    pushl %edi
    movl $16, %ecx
    repe cmpsb
    popl %ebx
    REC %ecx
    pushl %edi
    movl %esi, %eax
    subl $cmpa, %eax
    movl %ebx, %edi
    REC %eax
    movl $cmpa, %esi
    movl $cmpb, %edi
    movl $4, %ecx
    repe cmpsl
    movl %ecx, %edx
    popl %edi
    REC %edx
    pushl %edi
    movl $cmpa, %esi
    movl $cmpc, %edi
    movl $16, %ecx
    repne cmpsb
    movl %ecx, %edx
    popl %edi
    REC %edx
    pushl %edi
    movl $cmpa, %esi
    movl $cmpb, %edi
    movl $8, %ecx
    repe cmpsw
    movl %ecx, %edx
    popl %edi
    REC %edx
    pushl %edi
    movl $cmpa, %esi
    movl $cmpb, %edi
    cmpsl
    movl %ecx, %edx
    popl %edi
    REC %edx
    /* scas: strlen and memchr */
    pushl %edi
    movl $text, %edi
    xorl %eax, %eax
    movl $-1, %ecx
    repne scasb
    notl %ecx
    decl %ecx
    movl %ecx, %edx
    popl %edi
    REC %edx
    pushl %edi
    movl $text, %edi
    movb $'o', %al
    movl $100, %ecx
    repne scasb
    movl %edi, %edx
    subl $text, %edx
    popl %edi
    REC %edx
    REC %ecx
    pushl %edi
    movl $cmpa, %edi
    movl $0x03020100, %eax
    movl $4, %ecx
    repe scasl
    movl %ecx, %edx
    popl %edi
    REC %edx
    pushl %edi
    movl $cmpa, %edi
    movw $0x0100, %ax
    movl $3, %ecx
    repne scasw
    movl %ecx, %edx
    popl %edi
    REC %edx
    /* REPNE on a non-comparing instruction repeats it like REP */
    pushl %edi
    movl $dst + 0x3f00, %edi
    movl $9, %ecx
    movb $0x77, %al
    repne stosb
    popl %edi
    /* 16-bit addressing: SI, DI, CX (the upper halves stay) */
    pushl %edi
    movl $0xabcd0000 + 0x10, %esi
    movl $0x12340000 + 0x20, %edi
    movl $0x55550003, %ecx
    movl %esi, save + 48
    movl %edi, save + 52
    /* use the low 64 KiB? not mapped: do a zero-count 16-bit rep instead, which touches nothing */
    movl $0x55550000, %ecx
    addr16 rep movsb
    movl %ecx, save + 56
    movl %esi, save + 60
    movl %edi, save + 64
    popl %edi
    /* segment override on the source */
    pushl %edi
    movl $src, %esi
    movl $dst + 0x3f80, %edi
    movl $4, %ecx
    rep movsl %ss:(%esi), %es:(%edi)
    movl $src, %esi
    lodsl %cs:(%esi), %eax
    movl %eax, save + 68
    popl %edi
    jmp finish
    RLOG 4096
    .section .rodata
text: .asciz "hello, world: a string to scan"
    .data
cmpa: .byte 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
cmpb: .byte 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99, 12, 13, 14, 15
cmpc: .byte 9, 9, 9, 9, 9, 9, 9, 7, 9, 9, 9, 9, 9, 9, 9, 9
save: .fill 32, 4, 0
    .section .bss
    .align 4096
src: .fill 8192, 1, 0
dst: .fill 0x4000, 1, 0
