/* The edges of the kernel interface the other programs do not reach. Capability registers as the test image sets
   them: 1 KernLog, 3 an entry capability to the other process's endpoint.
     nb_sender / elsewhere        a non-blocking one-way send to a receiver in a closed wait on another endpoint
     string_sender, nb_string_sender / tail_receiver
                                  an 8-byte string into a receive buffer whose last 4 bytes lie on an unmapped page
     capcopy_test                 CopyCap register -> capability page slot -> register (caploc_t in memory)
   Results in EBX, ESI, EDI, EBP; each ends in common.inc's open wait. */
#include "coyotos.inc"
#include "common.inc"
    /* ADDR_CAPLOC(a): ty 1 (bit 0), loc a >> 1 (sys/coyotos/coytypes.h) */
#define ADDR(a) ((a) | 1)
    /* The capability page the test image maps at this address (slot 15 of the program's GPT). */
    .set CAP_PAGE, 0x0804f000

    .text
/* NB, no RP: EBX the control word the kernel left, EBP 0x600d once the program goes on past the int. */
    .globl nb_sender
nb_sender:
    SYSCALL nb_pb
    movl %eax, %ebx
    movl $0x600d, %ebp
    jmp done

/* A closed wait (CW) on endpoint id 0x999, which no capability names: never receives. */
    .globl elsewhere
elsewhere:
    SYSCALL closed_pb
    jmp done

/* One-way sends of "abcdefgh"; EBP 0x600d once the program goes on. */
    .globl string_sender
string_sender:
    SYSCALL string_pb
    movl $0x600d, %ebp
    jmp done

    .globl nb_string_sender
nb_string_sender:
    SYSCALL nb_string_pb
    movl $0x600d, %ebp
    jmp done

/* An open wait with copy-out for up to 8 bytes at tail_buffer: EBX the control word, ESI the string length the
   copy-out wrote, EDI the bytes that reached tail_buffer. */
    .globl tail_receiver
tail_receiver:
    SYSCALL tail_pb
    movl %eax, %ebx
    movl tail_pb + PB_SNDLEN, %esi
    movl tail_buffer, %edi
    jmp done

/* CopyCap register 1 (KernLog) to slot 2 of the capability page, then slot 2 to register 6 (EBX the source, ESI
   the destination caploc; sys/coyotos/i386/syscall.h cap_copy); then Cap.getType on register 6: EBX:ESI the type
   code, EDI the control word. */
    .globl capcopy_test
capcopy_test:
    movl $stack_top, %esp
    movl $sc_CopyCap, %eax
    movl $REG(1), %ebx
    movl $ADDR(CAP_PAGE + 32), %esi
    movl %esp, %ecx
    movl $1f, %edx
1:  int $0x30
    movl $sc_CopyCap, %eax
    movl $ADDR(CAP_PAGE + 32), %ebx
    movl $REG(6), %esi
    movl %esp, %ecx
    movl $2f, %edx
2:  int $0x30
    SYSCALL reg6_pb
    movl %eax, %edi
    jmp done

    .globl _start
_start:
    jmp capcopy_test

    .data
text:
    .ascii "abcdefgh"
    PB nb_pb, IPW0_SP|IPW0_NB|LDW(1), 0x4242, inv=REG(3)
    PB closed_pb, IPW0_RP|IPW0_CW, epid=0x999
    PB string_pb, IPW0_SP|LDW(1), 0x4343, inv=REG(3), sndlen=8, sndptr=text
    PB nb_string_pb, IPW0_SP|IPW0_NB|LDW(1), 0x4444, inv=REG(3), sndlen=8, sndptr=text
    PB tail_pb, IPW0_RP|IPW0_CO, rcvbound=8, rcvptr=tail_buffer
    PB reg6_pb, IPW0_SP|IPW0_RP|IPW0_CW|IPW0_SC|IPW0_RC|LSC(0)|LDW(1), OC_coyotos_Cap_getType, inv=REG(6), snd0=REG(2), epid=0x51

    .bss
/* The last four bytes of the program's last page: the four after them lie on a page no segment maps. */
    .balign 4096
    .skip 4092
    .globl tail_buffer
tail_buffer:
