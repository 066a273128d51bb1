package coyotos.studio.model.validation;

import static coyotos.studio.model.validation.ModelBuilder.*;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.SpaceBank;

/**
 * A small valid system that each rule test breaks in one place: a client whose space is a GPT (l2v 12,
 * reached with l2g 16: 16 page slots, code in slot 0, data in slot 1) and whose faults go to a pager in
 * its own space that maps fresh pages into the client's GPT.
 */
public final class Baseline {
    public final ModelBuilder b = new ModelBuilder("baseline");
    public final Schedule sched = b.schedule("sched");
    public final SpaceBank bank = b.bank("bank");
    public final Page code = b.page("client-code");
    public final Page data = b.page("client-data");
    public final Gpt space = b.gpt("client-space", 12);
    public final Gpt pagerSpace = b.gpt("pager-space", 12);
    public final Page pagerCode = b.page("pager-code");
    public final Process client = b.process("client", sched, 0x0);
    public final Process pager = b.process("pager", sched, 0x0);
    public final Endpoint pagerEp = b.endpoint("pager-ep", pager, false);
    public final Endpoint clientReply = b.endpoint("client-reply", client, true);

    public Baseline() {
        slot(space, 0, pageCap(code));
        slot(space, 1, pageCap(data));
        client.setAddressSpace(gptCap(space, 0, 16));
        client.setHandler(entry(pagerEp));
        reg(client, 1, endpointCap(clientReply));
        reg(client, 2, processCap(client));
        reg(client, 3, bankCap(bank));
        touch(client, 0x0, 0x1000, AccessKind.EXECUTE);
        touch(client, 0x1000, 0x1000, AccessKind.WRITE);
        touch(client, 0x2000, 0x2000, AccessKind.WRITE); // unmapped: the pager fills it
        workload(client).getSteps().add(compute(1000));

        slot(pagerSpace, 0, pageCap(pagerCode));
        pager.setAddressSpace(gptCap(pagerSpace, 0, 16));
        reg(pager, 3, bankCap(bank));
        pager.getHandlerActions().add(mapFreshPage(bank, space, -1));
    }

    public CoyotosSystem system() {
        return b.system;
    }
}
