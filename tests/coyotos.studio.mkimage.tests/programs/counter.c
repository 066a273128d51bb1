/*
 * A small i386 program for the mkimage import tests: text, initialized data and .bss, so that loadimage meets a
 * file page shared by text and data and a zero page of its own. Linked three ways by build.sh (a small-space
 * program, a large one, and at the addresses of the i386 by-hand test images).
 */
static char heap[3 * 4096];
int step = 1;

void _start(void)
{
    for (unsigned i = 0;; i = (i + step) % sizeof heap) {
        heap[i]++;
        __asm__ volatile("hlt");
    }
}
