package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static app.retention.cli.Workbooks.SHEET;
import static app.retention.cli.Workbooks.WORKBOOK;
import static app.retention.cli.Workbooks.cell;
import static app.retention.cli.Workbooks.n;
import static app.retention.cli.Workbooks.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a damaged workbook is told in its one line: the file, and for a cell the sheet and the cell. The whole
 * workbook the corpus damages imports as it should, so each damaged one breaks exactly one thing.
 */
class DamagedWorkbookTest {

    @TempDir
    Path dir;
    private CliWorkspace cli;


    @BeforeEach
    void setUp() {
        cli = CliWorkspace.in(dir);
    }

    private CliRun importing(String name, byte[] workbook) {
        return cli.run("import", CorpusCase.write(dir, name, workbook).toString());
    }

    private void assertRefused(CliRun run, String line) {
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).startsWith("error: " + line);
    }

    @Test
    void theWholeWorkbookImportsEveryCustomerWithItsId() {
        CliRun run = importing("whole.xlsx", Workbooks.zip(Workbooks.customers()));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 rows imported, 0 rejected, 4 columns");
        assertThat(cli.run("show", "whole").out()).contains("X1").contains("X6").contains("basic").contains("pro");
    }

    @Test
    void aWorkbookWithoutSheetsSaysSoInsteadOfNamingASheetNull() {
        WorkspaceSnapshot before = cli.snapshot();

        CliRun run = importing("no-sheets.xlsx", Workbooks.changed(p -> p.put(WORKBOOK, Workbooks.workbook(""))));

        assertRefused(run, "no-sheets.xlsx has no sheet: its workbook lists none.");
        assertThat(run.err()).doesNotContain("null");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aSharedTextIndexPastTheTableIsRefusedNamingSheetAndCellNotImportedAsAnEmptyId() {
        WorkspaceSnapshot before = cli.snapshot();

        CliRun run = importing("index-out.xlsx", Workbooks.withRow(s(99), s(4), n(3), s(6)));

        assertRefused(run, "index-out.xlsx, sheet `Customers`, cell A8 points to shared text number 99, but the "
                + "workbook has only 14");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aCellWithoutAnAddressIsNamedByItsPlaceInTheRow() {
        CliRun run = importing("no-address.xlsx", Workbooks.changed(p -> p.put(SHEET, Workbooks.sheet(
                "<row r=\"1\">" + s(0) + s(1) + "</row><row r=\"2\">" + s(8) + s(40) + "</row>"))));

        assertRefused(run, "no-address.xlsx, sheet `Customers`, cell B2 points to shared text number 40");
    }

    @Test
    void aMissingWorkbookPartIsNamed() {
        CliRun run = importing("no-workbook.xlsx", Workbooks.changed(p -> p.remove(WORKBOOK)));

        assertRefused(run, "no-workbook.xlsx cannot be read as an Excel workbook: its workbook part xl/workbook.xml "
                + "is missing.");
    }

    @Test
    void aCutSheetIsNotWellFormedXmlAtALineAndColumn() {
        CliRun run = importing("cut.xlsx", Workbooks.changed(p -> p.put(SHEET, Arrays.copyOf(p.get(SHEET),
                p.get(SHEET).length / 2))));

        assertRefused(run, "cut.xlsx cannot be read as an Excel workbook: its part xl/worksheets/sheet1.xml is not "
                + "well-formed XML (line 1, column");
    }

    @Test
    void aYesNoCellHoldingAnythingButZeroOrOneIsNamed() {
        CliRun run = importing("bool.xlsx", Workbooks.withRow(s(12), s(4), cell("b", "2"), s(6)));

        assertRefused(run, "bool.xlsx, sheet `Customers`, cell C8 is a yes/no cell holding `2`");
    }

    @Test
    void aTruncatedFileIsNotAValidZip() {
        byte[] whole = Workbooks.zip(Workbooks.customers());

        CliRun run = importing("half.xlsx", Arrays.copyOf(whole, whole.length / 2));

        assertRefused(run, "half.xlsx cannot be read as an Excel workbook: it is not a valid zip file");
    }
}
