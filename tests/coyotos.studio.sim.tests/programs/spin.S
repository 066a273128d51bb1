/* A program that never ends: it counts in EAX forever (for the instruction limit). */
    .text
    .globl _start
_start:
    incl %eax
    jmp _start
