package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotLabel;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.Condition;

/**
 * Journey 6: open a malformed .coyotos file. The editor shows what is wrong and where, saving and closing do not
 * touch the file (byte for byte), and the workbench carries on: the next model opens as usual.
 */
class Journey6MalformedFileTest extends Journey {

    private static final byte[] BROKEN = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<coyotos:CoyotosSystem xmlns:coyotos=\"http://coyotos.org/studio/model/0.1\"\n  name=\"half")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void malformedFileShowsAnErrorPageAndIsNeverWritten() throws Exception {
        Fixtures.exampleProject();
        Path onDisk = Fixtures.writeFile("broken.coyotos", BROKEN).getLocation().toFile().toPath();
        String workbenchTitle = bot.workbenchShell().getText();

        BotEditor editor = user.open("broken.coyotos");
        BotLabel headline = editor.bot().labelContaining("could not be loaded");
        assertTrue(headline.getText().startsWith("broken.coyotos: "), headline.getText());
        assertTrue(headline.getText().contains("The file is left unchanged"), headline.getText());
        BotTable problems = editor.bot().tableWithColumn("Line");
        assertTrue(problems.rowCount() > 0, "the page lists what is wrong");
        assertEquals("error", problems.cell(0, 0));
        assertTrue(problems.cell(0, 1).matches("\\d+"), "and on which line: '" + problems.cell(0, 1) + "'");
        assertFalse(problems.cell(0, 4).isBlank(), "and what");
        assertFalse(editor.isDirty());
        bot.captureScreenshot("journey6-error-page");

        editor.show();
        bot.pressShortcut(SWT.CTRL, 's');
        bot.pressShortcut(SWT.CTRL, 'w');
        bot.waitUntil(Condition.that("the editor closes", () -> !editor.isOpen()));
        assertArrayEquals(BROKEN, Files.readAllBytes(onDisk), "the file on disk is byte-identical");
        assertEquals(List.of(workbenchTitle), bot.shellTitles(), "no error dialog, no stack trace");

        BotEditor seed = user.open(UserSteps.SEED);
        assertEquals(List.of("System seed-external-own-space"), seed.bot().tree().rowTexts(),
                "the workbench lives: the next model opens as a tree");
        bot.captureScreenshot("journey6-workbench-lives");
    }
}
