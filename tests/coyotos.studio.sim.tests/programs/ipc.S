/* Two processes. The client calls the server through an entry capability (register 3) with three data words, a
   four-byte string and the reply capability made from its endpoint capability (register 2, endpoint id 0x200),
   then waits in a closed wait with copy-out (CO) for the answer. The server receives in an open wait accepting
   one capability (the reply capability, into register 4) and the string into its buffer, with copy-out; it
   answers with four words through the reply capability. */
#include "coyotos.inc"
    .text
    .globl _start
_start:
    .globl client
client:
    SYSCALL call_pb
    /* call_pb's pw4 now holds answer word 4 (copy-out of the soft parameter word). */
    movl call_pb + PB_PW4, %ebp
    jmp done

    .globl server
server:
    SYSCALL receive_pb
    /* EAX the control word, EBX, ESI, EDI data words 1-3; the copy-out put the protected payload, string
       length and endpoint id into receive_pb. */
    movl %eax, got_cw
    movl %ebx, got_opcode
    addl %edi, %esi
    movl %esi, reply_pb + 4
    movl receive_pb + PB_SNDLEN, %eax
    movl %eax, reply_pb + 8
    movl buffer, %eax
    movl %eax, reply_pb + 12
    movl receive_pb + PB_PP, %eax
    movl %eax, reply_pb + PB_PW4
    SYSCALL reply_pb
    movl %eax, %ebp
    movl got_opcode, %ebx
    movl receive_pb + PB_EPID, %esi
    movl got_cw, %edi
    jmp done

    .data
request:
    .ascii "ping"
    PB call_pb, IPW0_SP|IPW0_RP|IPW0_CW|IPW0_SC|IPW0_RC|IPW0_CO|LSC(0)|LDW(3), 0x1234, 7, 35, inv=REG(3), snd0=REG(2), sndlen=4, sndptr=request, epid=0x200
    PB receive_pb, IPW0_RP|IPW0_AC|IPW0_CO|LRC(0), rcv0=REG(4), rcvbound=64, rcvptr=buffer
    PB reply_pb, IPW0_SP|LDW(4), inv=REG(4)
got_cw: .long 0
got_opcode: .long 0
buffer: .skip 64

#include "common.inc"
