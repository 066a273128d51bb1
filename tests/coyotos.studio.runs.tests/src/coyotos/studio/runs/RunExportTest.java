package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.report.CsvReport;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;

/** The views' export writes the CLI's CSV layout, not one of its own. */
class RunExportTest {

    @TempDir
    Path dir;

    @Test
    void aSavedRunExportsTheSameCsvAsTheSimulateCommandPrints() throws IOException {
        RunResult result = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_SHARED_SPACE,
                SeedScenarios.Params.defaults().withWorkers(2), null));
        RunRecord record = RunRecord.of(result, "shared", "/p/m.coyotos", null);
        RunRecord saved = RunRecordJson.read(RunRecordJson.write(record));
        assertEquals(CsvReport.render(result), RunExport.csv(saved));

        Path csv = dir.resolve("run.CSV");
        RunExport.write(saved, csv);
        assertEquals(CsvReport.render(result), Files.readString(csv));
        Path json = dir.resolve("run.json");
        RunExport.write(saved, json);
        assertEquals(saved, RunRecordJson.load(json));
    }

    @Test
    void aProcessWithACommaInItsNameIsQuoted() {
        String csv = RunExport.csv(TestRuns.small());
        assertEquals("""
                scope,id,name,USER,RING_TRANSITION,ADDRESS_SPACE_SWITCH,TLB_REFILL,PAGE_TABLE_BUILD,KERNEL_PATH,IPC,HANDLER,total
                process,id-app,app,600,100,0,50,0,150,0,0,900
                process,id-pager,,0,40,20,10,0,20,8,2,100
                system,,p4-2007 coyotos-2007,600,140,20,60,0,170,8,2,1000
                """, csv);
    }
}
