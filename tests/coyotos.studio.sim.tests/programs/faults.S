/* One fault per entry point, none of them handled (the test processes have no process handler), so each process
   stops with the fault code, fault info and PC the 2007 kernel keeps (arch/i386/kernel/IRQ.c vector handlers;
   Process.idl fault codes). */
#include "coyotos.inc"
    .text
    .globl _start
_start:
    .globl bp_test, bp_at
bp_test:
    movl $0xb0, %ebx
bp_at:
    int3
    jmp done

    .globl of_test, of_at
of_test:
    movl $0x7fffffff, %eax
    addl $1, %eax
of_at:
    into
    jmp done

    .globl de_test, de_at
de_test:
    movl $10, %eax
    xorl %edx, %edx
    xorl %ecx, %ecx
de_at:
    divl %ecx
    jmp done

    .globl gp_test, gp_at
gp_test:
gp_at:
    hlt
    jmp done

/* A store to an address no segment maps: the GPT walk finds nothing there. */
    .globl unmapped_test, unmapped_at
unmapped_test:
    movl $0x40000000, %edi
unmapped_at:
    movl $1, (%edi)
    jmp done

/* A store at the address the process starts with in EDI, then a load of it into EBX: with a handler that maps a
   fresh page there, the store runs again after the fault and the load sees it. */
    .globl fresh_test, fresh_at
fresh_test:
fresh_at:
    movl $0x5a5a, (%edi)
    movl (%edi), %ebx
    jmp done

/* A store into the program's own text, which loadimage maps read-only. */
    .globl rotext_test, rotext_at
rotext_test:
rotext_at:
    movl $1, _start
    jmp done

/* A store into the kernel's part of the address space (vm_valid_uva: user addresses lie below 0xC0000000). */
    .globl kernel_test, kernel_at
kernel_test:
kernel_at:
    movl $1, 0xC0001000
    jmp done

#include "common.inc"
