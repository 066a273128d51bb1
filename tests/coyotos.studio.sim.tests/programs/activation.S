/* A program with an activation handler (what-if: the register-level convention of the simulator, see
   ProgramActivation; spec draft before 0.6 §3.1.2, §3.3.1, IA-32 annex "Activation Return"). The main line takes
   three faults with known values in every register; the handler (act_entry) counts them, logs each fault code and
   info, repairs each (a page fault: the saved EDI is pointed at a mapped buffer and the store runs again; #GP and
   #BP: the one-byte instruction is skipped), reloads the registers from the save area and returns through the
   activation return entry. Afterwards the main line checks the registers the handler clobbered came back, leaves
   the count in ESI, the value it stored (loaded back) in EBX, and EBP + 1 if the carry survived both handlers. */
#include "coyotos.inc"
    .set FC_BreakPoint, 34
    .set FC_GeneralProtection, 128
    /* the save area (ProgramActivation): fault code, info, saved PC, general registers (PUSHAD order) */
    .set SA_CODE, 4
    .set SA_INFO, 8
    .set SA_PC, 12
    .set SA_REGS, 24

    .text
    .globl _start, act_test
_start:
act_test:
    movl $0x11111111, %eax
    movl $0x33333333, %ecx
    movl $0x44444444, %edx
    movl $0x55555555, %esi
    movl $0x40000000, %edi
    movl $0x66666666, %ebp
    movl $main_sp, %esp
    .globl act_pf_at
act_pf_at:
    movl %eax, (%edi)
    stc
    .globl act_gp_at
act_gp_at:
    hlt
    .globl act_bp_at
act_bp_at:
    int3
    adcl $0, %ebp
    cmpl $0x11111111, %eax
    jne bad
    cmpl $0x33333333, %ecx
    jne bad
    cmpl $0x44444444, %edx
    jne bad
    cmpl $0x55555555, %esi
    jne bad
    cmpl $main_sp, %esp
    jne bad
    movl (%edi), %ebx
    movl fault_count, %esi
    jmp done
bad:
    movl $0xbad, %ebp
    jmp done

/* The activation handler: ESP is the save area at entry. */
    .globl act_entry
act_entry:
    movl fault_count, %ebx
    movl SA_CODE(%esp), %eax
    movl %eax, fault_codes(,%ebx,4)
    movl SA_INFO(%esp), %ecx
    movl %ecx, fault_infos(,%ebx,4)
    incl fault_count
    xorl %ebp, %ebp
    xorl %edx, %edx
    cmpl $FC_GeneralProtection, %eax
    je 1f
    cmpl $FC_BreakPoint, %eax
    je 1f
    movl $buffer, SA_REGS(%esp)
    jmp 2f
1:  incl SA_PC(%esp)
2:  leal SA_REGS(%esp), %esp
    popal
    .globl act_return_at
act_return_at:
    ljmp $0x32, $0x100

/* A handler that faults itself: the store is taken while activated, so it goes to the process handler (draft
   §3.3.1), never to this handler again. */
    .globl act_faulting_entry, act_faulting_at
act_faulting_entry:
act_faulting_at:
    movl $1, 0x40001000
    ljmp $0x32, $0x100

    .data
    .globl fault_count, fault_codes, fault_infos, buffer
fault_count:
    .long 0
fault_codes:
    .long 0, 0, 0, 0
fault_infos:
    .long 0, 0, 0, 0
buffer:
    .long 0
    .bss
    .align 16
    .skip 256
main_sp:
    .globl act_stack
    .align 4096
act_stack:
    .skip 4096

#include "common.inc"
