/* A C program whose calls keep frame pointers (gcc -O0 -fno-omit-frame-pointer), for the debugger's caller chain
   from EBP: _start sets up its stack (loadimage leaves every register zero), calls main, which calls middle, which
   calls leaf; each stores into a global so the calls are not folded away. It ends with hlt, which user mode may
   not run (#GP): with no handler the process halts there. */

volatile int sink;

__attribute__((noinline)) int leaf(int x)
{
    int y = x * 3;
    sink = y;
    return y + 1;
}

__attribute__((noinline)) int middle(int x)
{
    int r = leaf(x + 1);
    sink = r;
    return r * 2;
}

int main(void)
{
    return middle(5);
}

static unsigned char stack[8192] __attribute__((aligned(16), used));

__asm__(".globl _start\n"
        "_start:\n"
        "    movl $stack+8192, %esp\n"
        "    xorl %ebp, %ebp\n"
        "    call main\n"
        "    hlt\n");
