/* The register-loop benchmark: integer ALU work on registers only, as an inner loop of compiled code looks
   (moves, adds, logic, LEA, shifts, compare and branch), 8 instructions an iteration, 40 million iterations. */
    .text
    .globl test_main
test_main:
    pushl %ebx
    pushl %esi
    pushl %edi
    pushl %ebp
    movl $40000000, %ecx
    xorl %eax, %eax
    movl $1, %ebx
    movl $3, %edx
    movl $5, %esi
1:  addl %ebx, %eax
    xorl %eax, %edx
    leal 1(%esi,%eax,2), %esi
    subl %edx, %ebx
    shrl $3, %edx
    movl %esi, %edi
    decl %ecx
    jnz 1b
    movl %eax, result
    movl %esi, result + 4
    popl %ebp
    popl %edi
    popl %esi
    popl %ebx
    ret
    .data
    .globl result
result: .long 0, 0
