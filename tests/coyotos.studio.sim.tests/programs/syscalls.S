/* System calls from a program, one entry point per process. Capability registers as the test image sets them:
   1 KernLog, 2 an endpoint capability to the process's own endpoint (id 0x51), which RC turns into the reply
   capability (sys/coyotos/syscall.h IPW0_RC); each call waits for the answer in a closed wait on that endpoint. */
#include "coyotos.inc"
    .set CALL, IPW0_SP|IPW0_RP|IPW0_CW|IPW0_SC|IPW0_RC|LSC(0)

    .text
/* KernLog.log("hello, coyotos"): opcode, then the sequence's max, length and pointer; the bytes go as the send
   string (caps/cap_KernLog.c). Results: EBX the answer's control word. */
    .globl log_test
log_test:
    SYSCALL log_pb
    movl %eax, %ebx
    jmp done

/* Cap.getType on capability register 0, always Null: EBX:ESI the type code, EDI the control word. */
    .globl type_test
type_test:
    SYSCALL null_pb
    movl %eax, %edi
    jmp done

/* CopyCap register 1 (KernLog) to register 5 (EBX source caploc, ESI destination caploc; sys/coyotos/i386/syscall.h
   cap_copy), then Cap.getType on register 5: EBX:ESI the type code, EDI the control word. */
    .globl copycap_test
copycap_test:
    movl $stack_top, %esp
    movl $sc_CopyCap, %eax
    movl $REG(1), %ebx
    movl $REG(5), %esi
    movl %esp, %ecx
    movl $1f, %edx
1:  int $0x30
    SYSCALL reg5_pb
    movl %eax, %edi
    jmp done

/* An opcode KernLog does not define: UnknownRequest (caps/cap_Cap.c). EBX:ESI the exception code, EDI the control
   word. */
    .globl unknown_test
unknown_test:
    SYSCALL unknown_pb
    movl %eax, %edi
    jmp done

/* Yield twice, counting in EBP: the process goes on after each (sys/coyotos/i386/syscall.h yield). */
    .globl yield_test
yield_test:
    movl $stack_top, %esp
    xorl %ebp, %ebp
2:  movl $sc_Yield, %eax
    movl %esp, %ecx
    movl $1f, %edx
1:  int $0x30
    incl %ebp
    cmpl $2, %ebp
    jne 2b
    movl $0x600d, %ebx
    jmp done

/* System call number 1 is reserved (sys/coyotos/syscall.h): a MalformedSyscall fault at the int. */
    .globl malformed_test
    .globl malformed_int
malformed_test:
    movl $stack_top, %esp
    movl $1, %eax
    movl %esp, %ecx
    movl $malformed_int, %edx
malformed_int:
    int $0x30
    jmp done

    .globl _start
_start:
    jmp log_test

    .data
message:
    .ascii "hello, coyotos"
    .set MESSAGE_LEN, . - message
    PB log_pb, CALL|LDW(4), OC_coyotos_KernLog_log, 256, MESSAGE_LEN, message, inv=REG(1), snd0=REG(2), sndlen=MESSAGE_LEN, sndptr=message, epid=0x51
    PB null_pb, CALL|LDW(1), OC_coyotos_Cap_getType, inv=REG(0), snd0=REG(2), epid=0x51
    PB reg5_pb, CALL|LDW(1), OC_coyotos_Cap_getType, inv=REG(5), snd0=REG(2), epid=0x51
    PB unknown_pb, CALL|LDW(1), 0x12345678, inv=REG(1), snd0=REG(2), epid=0x51

#include "common.inc"
