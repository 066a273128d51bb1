/* Stack and control transfer: PUSH/POP of every kind (ESP itself, memory, immediates, segment registers,
   16-bit), PUSHA/POPA, ENTER/LEAVE at several nesting levels, CALL/RET direct, indirect and with an immediate,
   every Jcc, LOOP/LOOPE/LOOPNE/JECXZ, jump tables, XLAT and the moffs moves. */
    .include "macros.inc"
    .text
    .globl test_main
test_main:
    RECINIT
    movl %esp, %ebp
    pushl %esp
    popl %eax
    subl %esp, %eax
    REC %eax
    pushl $0x11223344
    pushl $-5
    pushw $0x7788
    popw %ax
    REC %eax
    popl %ebx
    popl %ecx
    REC %ebx
    REC %ecx
    pushl mem
    popl mem + 4
    RECM mem + 4
    movl %esp, %eax
    pushl (%esp)
    popl %edx
    pushl $0xabcdef01
    popl (%esp)                         /* address computed after ESP moved */
    pushl %esp
    popl %esp
    subl %esp, %eax
    REC %eax
    pushl %ds
    pushl %es
    pushl %ss
    pushl %cs
    popl %eax
    popl %ebx
    popl %ecx
    popl %edx
    andl $0xffff, %eax
    andl $0xffff, %ebx
    andl $0xffff, %ecx
    andl $0xffff, %edx
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    pushw %ds
    popw %ax
    REC %eax
    pushl %ds
    popl %es
    /* PUSHA/POPA */
    movl $1, %eax
    movl $2, %ecx
    movl $3, %edx
    movl $4, %ebx
    movl $6, %esi
    pushl %edi
    movl $7, %edi
    pushl %ebp
    movl $5, %ebp
    pushal
    movl (%esp), %eax
    addl 4(%esp), %eax
    addl 8(%esp), %eax
    addl 16(%esp), %eax
    movl 12(%esp), %ebx
    subl %esp, %ebx
    xorl %ecx, %ecx
    xorl %edx, %edx
    popal
    popl %ebp
    popl %edi
    movl %eax, %esi
    movl $rlog + 8 * 64, %edi
    REC %esi
    REC %ebx
    REC %ecx
    pushl %edi
    pushl %ebp
    pushw $0x1111
    pushw $0x2222
    pushw $0x3333
    pushw $0x4444
    pushw $0x5555
    pushw $0x6666
    pushw $0x7777
    pushw $0x8888
    popaw
    movl %esi, mem + 4
    movl %edi, mem + 8
    movl %ebp, mem + 12
    popl %ebp
    popl %edi
    REC %eax
    REC %ecx
    REC %edx
    RECM mem + 4
    RECM mem + 8
    RECM mem + 12
    movl $rlog + 8 * 80, %edi
    /* ENTER/LEAVE at nesting levels 0, 1, 3 */
    pushl %ebp
    movl %esp, %ebp
    movl $0xbbbb0000, -4(%ebp)
    enter $16, $0
    movl %ebp, %eax
    subl %esp, %eax
    REC %eax
    enter $8, $1
    movl %ebp, %eax
    subl %esp, %eax
    REC %eax
    movl 4(%esp), %eax
    subl %ebp, %eax
    REC %eax
    enter $4, $3
    movl (%ebp), %eax
    movl -4(%ebp), %ebx
    movl -8(%ebp), %ecx
    movl -12(%ebp), %edx
    subl %ebp, %eax
    subl %ebp, %ebx
    subl %ebp, %ecx
    subl %ebp, %edx
    REC %eax
    REC %ebx
    REC %ecx
    REC %edx
    leave
    leave
    leave
    movl %esp, %eax
    subl %ebp, %eax
    REC %eax
    popl %ebp
    /* calls and returns */
    call f_ret
    REC %eax
    movl $f_ret, %ecx
    call *%ecx
    REC %eax
    call *fptr
    REC %eax
    pushl $0x99
    pushl $0x98
    call f_ret8
    REC %eax
    movl %esp, %ebx
    call 1f
1:  popl %eax
    subl $1b, %eax
    REC %eax
    /* every Jcc, taken and not, over flag states */
    xorl %esi, %esi
2:  movl %esi, %eax
    andl $0x8d5, %eax
    orl $0x202, %eax
    pushl %eax
    popfl
    xorl %ecx, %ecx
    jo 3f
    orl $1, %ecx
3:  jno 3f
    orl $2, %ecx
3:  jb 3f
    orl $4, %ecx
3:  jae 3f
    orl $8, %ecx
3:  je 3f
    orl $0x10, %ecx
3:  jne 3f
    orl $0x20, %ecx
3:  jbe 3f
    orl $0x40, %ecx
3:  ja 3f
    orl $0x80, %ecx
3:  js 3f
    orl $0x100, %ecx
3:  jns 3f
    orl $0x200, %ecx
3:  jp 3f
    orl $0x400, %ecx
3:  jnp 3f
    orl $0x800, %ecx
3:  jl 3f
    orl $0x1000, %ecx
3:  jge 3f
    orl $0x2000, %ecx
3:  jle 3f
    orl $0x4000, %ecx
3:  jg 3f
    orl $0x8000, %ecx
3:  REC %ecx
    addl $0x2b, %esi
    cmpl $0x1000, %esi
    jb 2b
    /* near Jcc (rel32) */
    cmpl $5, %esi
    jne far_target
    movl $0xdead, %eax
far_back:
    REC %eax
    /* LOOP family */
    movl $10, %ecx
    xorl %eax, %eax
4:  addl %ecx, %eax
    loop 4b
    REC %eax
    REC %ecx
    movl $10, %ecx
    movl $array, %ebx
    xorl %edx, %edx
5:  incl %edx
    cmpl $3, (%ebx,%edx,4)
    loopne 5b
    REC %edx
    REC %ecx
    movl $8, %ecx
    xorl %edx, %edx
6:  incl %edx
    cmpl $1, (%ebx,%edx,4)
    loope 6b
    REC %edx
    REC %ecx
    xorl %ecx, %ecx
    movl $1, %eax
    jecxz 7f
    movl $2, %eax
7:  REC %eax
    movl $0x10000, %ecx
    addr16 jecxz 8f
    movl $3, %eax
8:  REC %eax
    /* a jump table, as a switch compiles */
    xorl %esi, %esi
    xorl %eax, %eax
9:  jmp *table(,%esi,4)
case0: addl $1, %eax
    jmp next
case1: addl $10, %eax
    jmp next
case2: addl $100, %eax
next: incl %esi
    cmpl $3, %esi
    jne 9b
    REC %eax
    /* XLAT and moffs */
    movl $xtab, %ebx
    movl $5, %eax
    xlat
    REC %eax
    movb %al, mem + 8
    movw mem + 8, %ax
    movl mem + 8, %eax
    REC %eax
    movl %eax, mem + 12
    movw %ax, mem + 14
    RECM mem + 12
    jmp finish

f_ret:
    movl $0x77, %eax
    ret
f_ret8:
    movl 4(%esp), %eax
    addl 8(%esp), %eax
    ret $8
far_target:
    movl $0xbeef, %eax
    jmp far_back
    RLOG 16384
    .section .rodata
table: .long case0, case1, case2
fptr: .long f_ret
xtab: .byte 10, 11, 12, 13, 14, 15, 16, 17
    .data
mem: .long 0x12345678, 0, 0, 0
array: .long 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1
