package coyotos.studio.sim.image;

/**
 * How a process that runs i386 machine code starts: the general registers and EFLAGS it is loaded with (all
 * zero for a program image, as mkimage's loadimage leaves them; an mkimage process's own fields otherwise), and
 * where its code came from, for reports. Its PC is the process's initial PC ({@link ProcessSpec#initialPc()}, the
 * fault info of its Startup fault, kern_Process.c proc_handle_process_fault), its memory the pages of its address
 * space, whose contents the image carries ({@link Page#contents()}).
 *
 * @param image where the code came from: the program image's path as the model names it, or null (an image
 *              built elsewhere, an mkimage process)
 */
public record ProgramStart(String image, int eax, int ebx, int ecx, int edx, int esi, int edi, int ebp, int esp) {

    /** A program image as loadimage leaves it: every register zero. */
    public static ProgramStart loaded(String image) {
        return new ProgramStart(image, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
