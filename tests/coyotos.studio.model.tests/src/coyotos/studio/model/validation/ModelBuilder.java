package coyotos.studio.model.validation;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CapPage;
import coyotos.studio.model.CapPageCapability;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Capability;
import coyotos.studio.model.Compute;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.Loop;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.Page;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.Process;
import coyotos.studio.model.ProcessCapability;
import coyotos.studio.model.Receive;
import coyotos.studio.model.Region;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.Step;
import coyotos.studio.model.Touch;
import coyotos.studio.model.Workload;
import coyotos.studio.model.Yield;

/** Builds small Coyotos models in code, for tests, examples and benchmarks. */
public final class ModelBuilder {

    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;

    public final CoyotosSystem system;

    public ModelBuilder(String name) {
        system = F.createCoyotosSystem();
        system.setName(name);
    }

    public Gpt gpt(String name, int l2v) {
        Gpt g = F.createGpt();
        g.setName(name);
        g.setL2v(l2v);
        system.getObjects().add(g);
        return g;
    }

    public Page page(String name) {
        Page p = F.createPage();
        p.setName(name);
        system.getObjects().add(p);
        return p;
    }

    public CapPage capPage(String name) {
        CapPage p = F.createCapPage();
        p.setName(name);
        system.getObjects().add(p);
        return p;
    }

    public Schedule schedule(String name) {
        Schedule s = F.createSchedule();
        s.setName(name);
        system.getObjects().add(s);
        return s;
    }

    public SpaceBank bank(String name) {
        SpaceBank b = F.createSpaceBank();
        b.setName(name);
        system.getObjects().add(b);
        return b;
    }

    public Endpoint endpoint(String name, Process recipient, boolean pm) {
        Endpoint e = F.createEndpoint();
        e.setName(name);
        e.setRecipient(recipient);
        e.setPm(pm);
        system.getObjects().add(e);
        return e;
    }

    /** A process starting at {@code pc} (faultCode Startup) with the given schedule. */
    public Process process(String name, Schedule schedule, long pc) {
        Process p = F.createProcess();
        p.setName(name);
        p.setFaultCode(FaultCode.STARTUP);
        p.setFaultInfo(pc);
        if (schedule != null) {
            p.setSchedule(schedCap(schedule));
        }
        system.getObjects().add(p);
        return p;
    }

    public static GptCapability gptCap(Gpt g) {
        GptCapability c = F.createGptCapability();
        c.setTarget(g);
        return c;
    }

    public static GptCapability gptCap(Gpt g, long match, int l2g) {
        GptCapability c = gptCap(g);
        c.setMatch(match);
        c.setL2g(l2g);
        return c;
    }

    public static PageCapability pageCap(Page p) {
        PageCapability c = F.createPageCapability();
        c.setTarget(p);
        return c;
    }

    public static PageCapability pageCapRO(Page p) {
        PageCapability c = pageCap(p);
        c.setReadOnly(true);
        return c;
    }

    public static CapPageCapability capPageCap(CapPage p) {
        CapPageCapability c = F.createCapPageCapability();
        c.setTarget(p);
        return c;
    }

    public static EntryCapability entry(Endpoint e) {
        EntryCapability c = F.createEntryCapability();
        c.setTarget(e);
        return c;
    }

    public static EndpointCapability endpointCap(Endpoint e) {
        EndpointCapability c = F.createEndpointCapability();
        c.setTarget(e);
        return c;
    }

    public static ProcessCapability processCap(Process p) {
        ProcessCapability c = F.createProcessCapability();
        c.setTarget(p);
        return c;
    }

    public static ScheduleCapability schedCap(Schedule s) {
        ScheduleCapability c = F.createScheduleCapability();
        c.setTarget(s);
        return c;
    }

    public static SpaceBankCapability bankCap(SpaceBank b) {
        SpaceBankCapability c = F.createSpaceBankCapability();
        c.setTarget(b);
        return c;
    }

    /** Puts {@code c} in slot {@code i} of {@code g}, replacing what was there. */
    public static Slot slot(Gpt g, int i, Capability c) {
        g.getSlots().removeIf(s -> s.getIndex() == i);
        Slot s = F.createSlot();
        s.setIndex(i);
        s.setCap(c);
        g.getSlots().add(s);
        return s;
    }

    /** Puts {@code c} in capability register {@code i} of {@code p}, replacing what was there. */
    public static CapRegister reg(Process p, int i, Capability c) {
        p.getRegisters().removeIf(r -> r.getIndex() == i);
        CapRegister r = F.createCapRegister();
        r.setIndex(i);
        r.setCap(c);
        p.getRegisters().add(r);
        return r;
    }

    public static Workload workload(Process p) {
        if (p.getWorkload() == null) {
            p.setWorkload(F.createWorkload());
        }
        return p.getWorkload();
    }

    public static Touch touch(long start, long length, long stride, AccessKind access) {
        Touch t = F.createTouch();
        t.setStart(start);
        t.setLength(length);
        t.setStride(stride);
        t.setAccess(access);
        return t;
    }

    public static Touch touch(Process p, long start, long length, AccessKind access) {
        Touch t = touch(start, length, ModelIndex.PAGE_SIZE, access);
        workload(p).getSteps().add(t);
        return t;
    }

    public static Compute compute(long cycles) {
        Compute c = F.createCompute();
        c.setCycles(cycles);
        return c;
    }

    public static Invoke invoke(int register, boolean call) {
        Invoke i = F.createInvoke();
        i.setRegister(register);
        i.setCall(call);
        return i;
    }

    public static Receive receive() {
        return F.createReceive();
    }

    public static Yield yieldStep() {
        return F.createYield();
    }

    public static Loop loop(int count, Step... steps) {
        Loop l = F.createLoop();
        l.setCount(count);
        for (Step s : steps) {
            l.getSteps().add(s);
        }
        return l;
    }

    public static MapFreshPage mapFreshPage(SpaceBank bank, Gpt gpt, int slot) {
        MapFreshPage m = F.createMapFreshPage();
        m.setBank(bank);
        m.setGpt(gpt);
        m.setSlot(slot);
        return m;
    }

    public static ForwardFault forward(Endpoint to) {
        ForwardFault f = F.createForwardFault();
        f.setTo(to);
        return f;
    }

    public static Region region(long start, long size) {
        Region r = F.createRegion();
        r.setStart(start);
        r.setSize(size);
        return r;
    }

    public static ActivationHandler activation(Process p, long entryPC, Region stack, Region code, Region... handles) {
        ActivationHandler a = F.createActivationHandler();
        a.setName(p.getName() + "-activation");
        a.setEntryPC(entryPC);
        a.setStack(stack);
        a.setCode(code);
        for (Region r : handles) {
            a.getHandles().add(r);
        }
        p.setActivationHandler(a);
        return a;
    }
}
