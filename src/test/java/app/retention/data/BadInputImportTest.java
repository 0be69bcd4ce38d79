package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.store.Workspace;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed files: each gives a clear error or a quarantine, and the workspace stays exactly as it was. */
class BadInputImportTest {

    @TempDir
    Path dir;
    Workspace workspace;
    ImportService imports;
    WorkspaceSnapshot before;

    @BeforeEach
    void openWorkspaceWithOneDataset() throws IOException {
        workspace = Workspace.open(dir.resolve("ws"));
        imports = new ImportService(workspace.datasets());
        imports.importFile(write("existing.csv", "id,plan,churn\n1,basic,Yes\n2,pro,No\n"), ImportOptions.defaults(),
                TaskContext.silent());
        before = WorkspaceSnapshot.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private ImportResult importFile(Path file) {
        return imports.importFile(file, ImportOptions.defaults(), TaskContext.silent());
    }

    private void assertWorkspaceUnchanged() {
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void raggedRowsStopTheImportAndNameTheirLines() throws IOException {
        Path file = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n");
        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(RejectedRowsException.class, e -> {
                    assertThat(e.count()).isEqualTo(2);
                    assertThat(e.problems()).extracting(RowProblem::line).containsExactly(3L, 5L);
                    assertThat(e.problems().get(0).reason()).isEqualTo("expected 3 fields, found 2");
                })
                .hasMessageContaining("ragged.csv").hasMessageContaining("line 3");
        assertWorkspaceUnchanged();
    }

    @Test
    void twentyDigitAccountNumbersStayTextAndEveryOneKeepsItsDigits() throws IOException {
        StringBuilder csv = new StringBuilder("account,plan,churn\n");
        for (int i = 0; i < 60; i++) {
            csv.append("123456789012345678").append(String.format("%02d", i)).append(",basic,").append(i % 2 == 0 ? "Yes" : "No")
                    .append('\n');
        }
        DatasetInfo d = importFile(write("accounts.csv", csv.toString())).dataset();
        ColumnInfo account = workspace.datasets().columns(d).get(0);
        assertThat(account.type()).isEqualTo(ColumnType.TEXT);
        assertThat(account.distinct()).isEqualTo(60);
        assertThat(workspace.datasets().rows(d, 0, 2)).extracting(r -> r.values().get(0))
                .containsExactly("12345678901234567800", "12345678901234567801");
    }

    @Test
    void wholeNumbersBeyondTwoToThe53NeverBecomeDecimals() throws IOException {
        DatasetInfo d = importFile(write("big.csv", "n,x,churn\n9007199254740993,1.5,Yes\n2,2.5,No\n")).dataset();
        ColumnInfo n = workspace.datasets().columns(d).get(0);
        assertThat(n.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(workspace.datasets().rows(d, 0, 1).get(0).values().get(0)).isEqualTo(9007199254740993L);
        DatasetInfo mixed = importFile(write("mixed.csv", "n,churn\n9007199254740993,Yes\n2.5,No\n")).dataset();
        assertThat(workspace.datasets().columns(mixed).get(0).type()).isNotEqualTo(ColumnType.DECIMAL);
        assertThat(workspace.datasets().rows(mixed, 0, 1).get(0).values().get(0)).isEqualTo("9007199254740993");
    }

    @Test
    void aNumberBeyondTheLargestDoubleStopsTheImportAtItsLine() throws IOException {
        Path file = write("huge.csv", "spend,churn\n12.5,Yes\n1e309,No\n3.25,No\n");
        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(RejectedRowsException.class, e -> {
                    assertThat(e.problems()).extracting(RowProblem::line).containsExactly(3L);
                    assertThat(e.problems().get(0).reason()).contains("1e309")
                            .contains("beyond the largest number");
                })
                .hasMessageContaining("huge.csv").hasMessageContaining("line 3");
        assertWorkspaceUnchanged();
    }

    @Test
    void raggedRowsAreQuarantinedWhenTheUserAllowsIt() throws IOException {
        Path file = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        DatasetInfo d = imports.importFile(file, new ImportOptions(null, null, null, true), TaskContext.silent()).dataset();
        assertThat(d.rowsRead()).isEqualTo(3);
        assertThat(d.rowsImported()).isEqualTo(2);
        assertThat(d.rowsRejected()).isEqualTo(1);
        List<RejectedRow> rejected = workspace.datasets().rejectedRows(d);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("expected 3 fields, found 2");
            assertThat(r.raw()).isEqualTo("4,5");
        });
    }

    @Test
    void quarantinedRowsExportToCsv() throws IOException {
        Path out = dir.resolve("rejects.csv");
        RowProblemsCsv.write(out, List.of(new RowProblem(3, "expected 3 fields, found 2", "4,5")));
        assertThat(Files.readString(out)).isEqualTo("line,reason,row\r\n3,\"expected 3 fields, found 2\",\"4,5\"\r\n");
    }

    @Test
    void unclosedQuoteToEndOfFileIsAnErrorNamingTheLine() throws IOException {
        Path file = write("unclosed.csv", "name,plan\nAna,basic\n\"Bruno,pro\nCarla,basic\nDiego,pro\n");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("unclosed.csv").hasMessageContaining("line 3").hasMessageContaining("never closed");
        assertWorkspaceUnchanged();
    }

    @Test
    void byteOrderMarkDoesNotBecomePartOfTheFirstColumnName() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "customer_id,churn\n1,Yes\n2,No\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        DatasetInfo d = importFile(write("bom.csv", content)).dataset();
        assertThat(workspace.datasets().columns(d).get(0).name()).isEqualTo("customer_id");
        assertThat(d.source().detail()).contains("BOM");
    }

    @Test
    void oneBadByteInAUtf8FileIsReportedAtItsLineAndEveryOtherRowStaysUtf8() throws IOException {
        java.io.ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("cidade,plano,churn\nSão Paulo,básico,Sim\nBogotá,pró,Não\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[]{'R', 'e', 'c', 'i', 'f', (byte) 0xE9, ',', 'x', ',', 'S', 'i', 'm', '\n'});
        bytes.writeBytes("Curitiba,pró,Não\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("one-bad-byte.csv", bytes.toByteArray());
        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(RejectedRowsException.class, e -> {
                    assertThat(e.problems()).extracting(RowProblem::line).containsExactly(4L);
                    assertThat(e.problems().get(0).reason()).contains("not UTF-8");
                });
        assertWorkspaceUnchanged();
        DatasetInfo d = imports.importFile(file, new ImportOptions(null, null, null, true), TaskContext.silent())
                .dataset();
        assertThat(workspace.datasets().rows(d, 0, 3)).extracting(r -> r.values().get(0))
                .containsExactly("São Paulo", "Bogotá", "Curitiba");
    }

    @Test
    void aFieldLongerThanATextColumnHoldsIsARowProblemQuarantinedWithItsLine() throws IOException {
        String huge = "x".repeat(ImportService.MAX_FIELD + 1);
        Path file = write("huge-field.csv", "id,note,churn\n1,short,Yes\n2,\"" + huge + "\",No\n3,fine,No\n");

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(RejectedRowsException.class, e -> {
            assertThat(e.problems()).extracting(RowProblem::line).containsExactly(3L);
            assertThat(e.problems().get(0).reason()).contains("field 2 is 1,000,001 characters long");
        });
        assertWorkspaceUnchanged();
        DatasetInfo d = imports.importFile(file, new ImportOptions(null, null, null, true), TaskContext.silent())
                .dataset();
        assertThat(d.rowsImported()).isEqualTo(2);
        assertThat(workspace.datasets().rejectedRows(d)).extracting(r -> r.line()).containsExactly(3L);
    }

    @Test
    void anEncodedSurrogateInAUtf8FileIsReportedOnItsRowNotReplacedSilently() throws IOException {
        java.io.ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("city,plan,churn\nSão Paulo,básico,Não\nBogotá,pró,Sim\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'R', 'e', 'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ',', 'x', ',', 'S', 'i', 'm',
                '\n'});
        bytes.writeBytes("Curitiba,pró,Não\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("surrogate.csv", bytes.toByteArray());

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(RejectedRowsException.class,
                e -> assertThat(e.problems()).extracting(RowProblem::line).containsExactly(4L));
        assertWorkspaceUnchanged();
    }

    @Test
    void anArffNumberBeyondADoubleIsRefusedWithItsLine() throws IOException {
        Path file = write("beyond.arff", "@relation r\n@attribute id string\n@attribute tenure numeric\n"
                + "@attribute churn {Yes,No}\n@data\na,1,Yes\nb,1e309,No\n");

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("beyond.arff, line").hasMessageContaining("`tenure`");
        assertWorkspaceUnchanged();
    }

    @Test
    void aFileThatChangesAfterItWasCheckedIsRefusedAndTheRealFileImportsLater() throws IOException {
        Path file = write("growing.csv", "id,plan,churn\n1,basic,Yes\n2,pro,No\n");
        ImportPlan plan = imports.analyze(file, null, TaskContext.silent());
        Files.writeString(file, "id,plan,churn\n1,basic,Yes\n2,pro,No\n3,pro,Yes\n");
        assertThatThrownBy(() -> imports.importPlan(plan, new ImportRequest("growing", false), TaskContext.silent()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("growing.csv changed while it was being imported");
        assertWorkspaceUnchanged();
        ImportResult real = importFile(file);
        assertThat(real.unchanged()).isFalse();
        assertThat(real.dataset().rowsImported()).isEqualTo(3);
    }

    @Test
    void anXlsxThatExpandsLikeAZipBombIsRefusedBeforeAnyPartIsParsed() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            zip.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 40; i++) {
                zip.write(block);
            }
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("bomb.xlsx was refused")
                .hasMessageContaining("xl/sharedStrings.xml expands more than 100 times");
        assertWorkspaceUnchanged();
    }

    @Test
    void latinOneFileIsDetectedAndDecoded() throws IOException {
        byte[] content = "cidade;plano;churn\nSão Paulo;básico;Sim\nBogotá;pró;Não\n".getBytes(StandardCharsets.ISO_8859_1);
        DatasetInfo d = importFile(write("latin1.csv", content)).dataset();
        assertThat(d.source().detail()).contains("Latin-1").contains("semicolon");
        assertThat(workspace.datasets().rows(d, 0, 10).get(0).values()).containsExactly("São Paulo", "básico", true);
    }

    @Test
    void crlfTabAndPipeDelimitedFilesImport() throws IOException {
        assertThat(importFile(write("tab.tsv", "a\tb\r\n1\tx\r\n2\ty\r\n")).dataset().columnCount()).isEqualTo(2);
        DatasetInfo pipe = importFile(write("pipe.csv", "a|b|c\n1|x|2.5\n2|y|3.5\n")).dataset();
        assertThat(pipe.columnCount()).isEqualTo(3);
        assertThat(workspace.datasets().columns(pipe).get(2).type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("empty (0 bytes)");
        assertWorkspaceUnchanged();
    }

    @Test
    void binaryFileIsAnError() throws IOException {
        byte[] content = new byte[2048];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = write("photo.csv", content);
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("photo.csv").hasMessageContaining("binary");
        assertWorkspaceUnchanged();
    }

    @Test
    void duplicateHeaderNamesAreAnErrorNamingBothColumns() throws IOException {
        Path file = write("dup.csv", "id,name,name\n1,a,b\n");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("dup.csv, line 1").hasMessageContaining("`name` appears twice (columns 2 and 3)");
        assertWorkspaceUnchanged();
    }

    @Test
    void headerOnlyFileIsAnError() throws IOException {
        Path file = write("header.csv", "id,plan,churn\n");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("header.csv").hasMessageContaining("no data rows");
        assertWorkspaceUnchanged();
    }

    @Test
    void valueThatDoesNotFitATypeTheUserFixedIsQuarantinedWithItsColumn() throws IOException {
        Path file = write("fixed.csv", "id,charges\n1,10.5\n2,abc\n3,7\n");
        ImportPlan plan = imports.analyze(file, null, TaskContext.silent());
        ColumnPlan charges = plan.column("charges").orElseThrow();
        assertThat(charges.type()).isEqualTo(ColumnType.CATEGORY);
        ImportPlan fixed = plan.withColumn(charges.withType(ColumnType.DECIMAL));
        assertThatThrownBy(() -> imports.importPlan(fixed, new ImportRequest("fixed", false), TaskContext.silent()))
                .isInstanceOfSatisfying(RejectedRowsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.reason()).isEqualTo("column `charges`: `abc` is not a number");
                        }));
        assertWorkspaceUnchanged();
        DatasetInfo d = imports.importPlan(fixed, new ImportRequest("fixed", true), TaskContext.silent()).dataset();
        assertThat(d.rowsImported()).isEqualTo(2);
        assertThat(workspace.datasets().columns(d).get(1).type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void cancelledImportLeavesNothingBehind() throws IOException {
        StringBuilder csv = new StringBuilder("id,value\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i).append(',').append(i % 7).append('\n');
        }
        Path file = write("big.csv", csv.toString());
        ImportPlan plan = imports.analyze(file, null, TaskContext.silent());
        TaskContext cancelAfterStart = new TaskContext() {
            int calls;

            @Override
            public void progress(double fraction, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 1;
            }
        };
        assertThatThrownBy(() -> imports.importPlan(plan, new ImportRequest("big", false), cancelAfterStart))
                .isInstanceOf(TaskCancelledException.class);
        assertWorkspaceUnchanged();
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path file = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("File not found").hasMessageContaining("nowhere.csv");
        assertWorkspaceUnchanged();
    }

    @Test
    void targetWithMoreThanTwoValuesIsRefused() throws IOException {
        Path file = write("plans.csv", "id,plan\n1,a\n2,b\n3,c\n");
        assertThatThrownBy(() -> imports.importFile(file, new ImportOptions(null, "plan", null, false), TaskContext.silent()))
                .isInstanceOf(ImportException.class).hasMessageContaining("`plan` has 3 distinct values");
        assertWorkspaceUnchanged();
    }

    @Test
    void unknownTargetColumnIsRefusedWithTheColumnList() throws IOException {
        Path file = write("plans.csv", "id,plan\n1,a\n");
        assertThatThrownBy(() -> imports.importFile(file, new ImportOptions(null, "churn", null, false), TaskContext.silent()))
                .isInstanceOf(ImportException.class).hasMessageContaining("no column named `churn`")
                .hasMessageContaining("id, plan");
    }

    @Test
    void arffFileImportsWithNominalAndNumericAttributes() throws IOException {
        Path file = write("small.arff", """
                @relation churn
                @attribute tenure numeric
                @attribute plan {basic,pro}
                @attribute churn {yes,no}
                @data
                1,basic,yes
                12,pro,no
                ?,pro,no
                """);
        DatasetInfo d = importFile(file).dataset();
        List<ColumnInfo> columns = workspace.datasets().columns(d);
        assertThat(d.rowsImported()).isEqualTo(3);
        assertThat(columns).extracting(ColumnInfo::type)
                .containsExactly(ColumnType.INTEGER, ColumnType.CATEGORY, ColumnType.BOOLEAN);
        assertThat(columns.get(0).missing()).isEqualTo(1);
        assertThat(columns.get(2).role()).isEqualTo(ColumnRole.TARGET);
    }

    @Test
    void anArffRowWithAValueTooManyIsRefusedNamingItsLineInsteadOfLosingTheValue() throws IOException {
        Path file = write("shifted.arff", """
                @relation churn
                @attribute id string
                @attribute tenure numeric
                @attribute churn {yes,no}
                @data
                C1,1,yes
                C2,12,no,yes
                """);
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("shifted.arff, line 7: 4 values where the header declares 3 attributes");
        assertThat(workspace.datasets().list()).extracting(DatasetInfo::name).doesNotContain("shifted");
    }

    @Test
    void arffCommentsQuotedCommasWeightsAndSparseRowsAreNotExtraValues() throws IOException {
        Path file = write("fine.arff", """
                @relation churn
                @attribute id string
                @attribute tenure numeric
                @attribute churn {yes,no}
                @data
                % a comment, with, commas
                'C1, first',1,yes
                "C2 \\"q, u\\"",12,no,{2.5}
                {0 C3, 1 4, 2 no}
                """);
        assertThat(importFile(file).dataset().rowsImported()).isEqualTo(3);
    }
}
