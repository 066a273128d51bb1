/*
 * Interpreter-only snippets, one per exception or CPL 3 rule. A test points EIP at a snippet's label and runs;
 * the instruction expected to fault or trap is at the label ending in _at. A snippet that does not fault ends
 * at an int3.
 */
    .text
    .globl test_main
test_main:
    ret

    .globl ud2_, ud2_at
ud2_:
    movl $1, %eax
ud2_at:
    ud2

    .globl hlt_, hlt_at
hlt_:
    movl $1, %eax
hlt_at:
    hlt

    .globl cli_at, sti_at, in_at, out_at, ins_at, outs_at, movcr_at, movcr3_at, lgdt_at, invlpg_at
    .globl wbinvd_at, rdmsr_at, wrmsr_at, clts_at, lldt_at, ltr_at, lmsw_at, movdr_at, sysexit_at
    .globl sysenter_at, rdpmc_at, lidt_at, invd_at
cli_at:     cli
sti_at:     sti
in_at:      inb $0x60, %al
out_at:     outb %al, %dx
ins_at:     insb
outs_at:    outsl
movcr_at:   movl %cr0, %eax
movcr3_at:  movl %eax, %cr3
movdr_at:   movl %db7, %eax
lgdt_at:    lgdt gdtr
lidt_at:    lidt gdtr
invlpg_at:  invlpg (%eax)
wbinvd_at:  wbinvd
invd_at:    invd
rdmsr_at:   rdmsr
wrmsr_at:   wrmsr
rdpmc_at:   rdpmc
clts_at:    clts
lldt_at:    lldt %ax
ltr_at:     ltr %ax
lmsw_at:    lmsw %ax
sysexit_at: sysexit
sysenter_at: sysenter

    .globl int80_, int80_at
int80_:
    movl $1, %eax
int80_at:
    int $0x80

    .globl intn3_at, int3_at, int4_at, int5_at, int30_at, int1_at
intn3_at:   .byte 0xcd, 0x03                /* int $3 (as writes int3 for it) */
int3_at:    int3
int4_at:    int $4
int5_at:    int $5
int30_at:   int $0x30
int1_at:    .byte 0xf1

    .globl into_set, into_at, into_clear, into_clear_end
into_set:
    movl $0x7fffffff, %eax
    incl %eax
into_at:
    into
    int3
into_clear:
    xorl %eax, %eax
    into
into_clear_end:
    int3

    .globl bound_in, bound_out, bound_at
bound_in:
    movl $5, %eax
    boundl %eax, bounds
    int3
bound_out:
    movl $11, %eax
bound_at:
    boundl %eax, bounds
    int3

    .globl div0_, div0_at, idivov_, idivov_at, aam0_, aam0_at, div8ov_, div8ov_at
div0_:
    movl $123, %eax
    movl $7, %edx
    xorl %ecx, %ecx
div0_at:
    divl %ecx
    int3
idivov_:
    movl $0x80000000, %eax
    movl $-1, %edx
    movl $-1, %ecx
idivov_at:
    idivl %ecx
    int3
div8ov_:
    movl $0x1000, %eax
    movb $2, %cl
div8ov_at:
    divb %cl
    int3
aam0_:
    movl $0x55, %eax
aam0_at:
    .byte 0xd4, 0x00
    int3

    .globl x87_at, sse_at, lockreg_at, locknop_at, lockmov_at, bound_reg_at, lea_reg_at, toolong_at
x87_at:     fld1
sse_at:     movaps %xmm0, %xmm1
lockreg_at: .byte 0xf0, 0x01, 0xd8          /* lock add %ebx, %eax: a register destination */
locknop_at: .byte 0xf0, 0x90
lockmov_at: .byte 0xf0, 0x89, 0x03          /* lock mov %eax, (%ebx) */
bound_reg_at: .byte 0x62, 0xc0              /* bound with a register operand */
lea_reg_at: .byte 0x8d, 0xc0                /* lea with a register operand */
toolong_at: .fill 15, 1, 0x66
    nop

    /* page faults: the test maps and unmaps pages around these */
    .globl pf_read_at, pf_write_at, pf_rmw_at, pf_cmp_ro, pf_jump_at, pf_split_read_at, pf_split_write_at
pf_read_at:
    movl (%ebx), %eax
    int3
pf_write_at:
    movl %eax, (%ebx)
    int3
pf_rmw_at:
    addl %eax, (%ebx)
    int3
pf_cmp_ro:
    cmpl %eax, (%ebx)
    testl $1, (%ebx)
    int3
pf_jump_at:
    jmp *%ebx
pf_split_read_at:
    movl 0xffe(%ebx), %eax
    int3
pf_split_write_at:
    movl %eax, 0xffe(%ebx)
    int3

    .globl rep_fault_at, rep_fault_end
rep_fault_at:
    rep movsl
rep_fault_end:
    int3

    .globl push_fault_at, call_fault_at, pusha_fault_at, enter_fault_at
push_fault_at:
    pushl $5
    int3
call_fault_at:
    call 1f
1:  int3
pusha_fault_at:
    pushal
    int3
enter_fault_at:
    enter $16, $2
    int3

    .globl popmem_fault_, popmem_fault_at
popmem_fault_:
    pushl $0x1234
popmem_fault_at:
    popl (%ebx)
    int3

    .globl tf_, tf_after, tf_end
tf_:
    pushfl
    orl $0x100, (%esp)
    popfl
    movl $1, %eax
tf_after:
    movl $2, %eax
tf_end:
    int3

    /* segments */
    .globl seg_ok, seg_kernel, seg_kernel_at, seg_ss_null, seg_ss_null_at, seg_fs, seg_pop_at, seg_lds
    .globl seg_gs_null, seg_bad_index, seg_bad_index_at
seg_ok:
    movw $0x2b, %ax
    movw %ax, %ds
    movw %ax, %es
    movl %ds, %ecx
    int3
seg_kernel:
    movw $0x18, %ax
seg_kernel_at:
    movw %ax, %ds
    int3
seg_ss_null:
    xorl %eax, %eax
seg_ss_null_at:
    movw %ax, %ss
    int3
seg_bad_index:
    movw $0x403, %ax
seg_bad_index_at:
    movw %ax, %es
    int3
seg_fs:
    movl %fs:4, %eax
    movl $0x33, %ecx
    movw %cx, %gs
    movl %gs:8, %edx
    int3
seg_gs_null:
    xorl %eax, %eax
    movw %ax, %gs
    movl %gs, %ecx
    int3
    .globl seg_pop_
seg_pop_:
    pushl $0x18
seg_pop_at:
    popl %ds
    int3
seg_lds:
    ldsl farptr, %esi
    lfsl farptr2, %edi
    int3

    /* far transfers within CPL 3 */
    .globl far_call, far_bad_at, far_ret_inner_, far_ret_inner_at, iret_same
far_call:
    lcall $0x23, $far_target
    movl $2, %ebx
    int3
far_target:
    movl $1, %eax
    lret
far_bad_at:
    ljmp $0x08, $far_target
far_ret_inner_:
    pushl $0x20                         /* RPL 0: a return to a more privileged level */
    pushl $far_target
far_ret_inner_at:
    lret
iret_same:
    pushfl
    pushl $0x23
    pushl $1f
    iret
1:  movl $7, %eax
    int3

    /* I/O privilege (the host raised IOPL to 3) */
    .globl io_priv, iopl_popf
io_priv:
    movw $0x60, %dx
    inb %dx, %al
    inl $0x40, %eax
    movl %eax, %ebx
    outb %al, $0x80
    cli
    pushfl
    popl %ecx
    sti
    int3
iopl_popf:
    pushl $0x3000                       /* IOPL 3 and IF 0 */
    popfl
    pushfl
    popl %eax
    int3

    /* identification and time */
    .globl cpuid_, rdtsc_, descr_
cpuid_:
    xorl %eax, %eax
    cpuid
    movl %ebx, vendor
    movl %edx, vendor + 4
    movl %ecx, vendor + 8
    movl $1, %eax
    cpuid
    int3
rdtsc_:
    nop
    nop
    rdtsc
    int3
descr_:
    movl $0x2b, %eax
    larl %eax, %ebx
    lsll %eax, %ecx
    verw %ax
    setz %dl
    movl $0x08, %eax
    verr %ax
    setz %dh
    sldt %esi
    str %edi
    smsw %ebp
    sgdt gdtr
    sidt gdtr + 6
    movl $0x2a, %eax
    arpl %ax, sel
    int3

    .globl counts_, counts_end
counts_:
    movl $3, %ecx
1:  addl %ecx, %eax
    movl %eax, scratch
    imull %ecx, %eax
    loop 1b
    xorl %edx, %edx
    movl $7, %ebx
    divl %ebx
    movl $scratch, %edi
    movl $4, %ecx
    rep stosl
    cpuid
counts_end:
    int3

    .section .rodata
bounds: .long 0, 10
farptr: .long 0x11112222
    .word 0x2b
farptr2: .long 0x33334444
    .word 0x33
    .data
gdtr: .fill 12, 1, 0
vendor: .fill 12, 1, 0
sel: .word 0x2b
    .align 4
scratch: .fill 16, 4, 0
