/* The memory-loop benchmark: loads, stores and read-modify-writes over a 16 KiB array (indexed addressing,
   4 pages), 8 instructions an iteration, 30 million iterations. */
    .text
    .globl test_main
test_main:
    pushl %ebx
    pushl %esi
    pushl %edi
    pushl %ebp
    movl $30000000, %edx
    movl $array, %esi
    movl $array + 8192, %edi
    xorl %ecx, %ecx
    xorl %ebx, %ebx
1:  movl (%esi,%ecx,4), %eax
    addl %eax, %ebx
    movl %ebx, (%edi,%ecx,4)
    addl $3, (%esi,%ecx,4)
    incl %ecx
    andl $0x7ff, %ecx
    decl %edx
    jnz 1b
    movl %ebx, result
    popl %ebp
    popl %edi
    popl %esi
    popl %ebx
    ret
    .bss
    .align 4096
array: .fill 16384, 1, 0
    .data
    .globl result
result: .long 0
