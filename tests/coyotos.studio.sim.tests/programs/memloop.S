/* A loop that never ends over a 4 KiB buffer: a load and a store per five instructions, each through the
   process's address space (the kernel benchmark's memory loop). */
    .text
    .globl _start
_start:
    movl $buffer, %esi
    xorl %ecx, %ecx
    xorl %ebx, %ebx
1:  movl (%esi,%ecx,4), %eax
    addl %eax, %ebx
    movl %ebx, (%esi,%ecx,4)
    incl %ecx
    andl $1023, %ecx
    jmp 1b

    .bss
    .align 4096
buffer:
    .skip 4096
