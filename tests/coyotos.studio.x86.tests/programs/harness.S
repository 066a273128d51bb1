/*
 * The harness every differential program shares. _start notes whether it runs under the interpreter (the
 * test starts it with EAX != 0; Linux starts a program with every register zero), switches to its own stack
 * and calls test_main. A program ends by jumping to finish (or by returning from test_main), which stores
 * the registers and EFLAGS at the start of the compared data. Under Linux it then writes a header (dump
 * address, dump length) and the dump to stdout and exits; under the interpreter it restores EFLAGS and stops
 * at an int3, so the interpreter's final registers equal the stored ones.
 */
    .section .text.start, "ax"
    .globl _start
_start:
    movl %eax, harness_env
    movl $__stack_top, %esp
    xorl %eax, %eax
    call test_main
    .globl finish
finish:
    movl %eax, regs + 0
    movl %ecx, regs + 4
    movl %edx, regs + 8
    movl %ebx, regs + 12
    movl %esp, regs + 16
    movl %ebp, regs + 20
    movl %esi, regs + 24
    movl %edi, regs + 28
    pushfl
    popl regs + 32
    cmpl $0, harness_env
    jne 1f
    movl $4, %eax                   /* write(1, header, 8) */
    movl $1, %ebx
    movl $dump_header, %ecx
    movl $8, %edx
    int $0x80
    movl $4, %eax                   /* write(1, dump, length) */
    movl $1, %ebx
    movl $__dump_start, %ecx
    movl $__dump_end, %edx
    subl %ecx, %edx
    int $0x80
    movl $1, %eax                   /* exit(0) */
    xorl %ebx, %ebx
    int $0x80
1:  pushl regs + 32
    popfl
    .globl harness_end
harness_end:
    int3

    .section .rodata
dump_header:
    .long __dump_start
    .long __dump_length

    .section .data.regs, "aw"
    .globl regs
regs:
    .fill 9, 4, 0
    .long 0x600df00d                /* a marker: the dump starts with the registers */

    .section .harness, "aw", @nobits
harness_env:
    .long 0
