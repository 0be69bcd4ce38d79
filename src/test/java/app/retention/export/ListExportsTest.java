package app.retention.export;

import app.retention.segment.ControlGroup;
import app.retention.segment.ControlGroups;
import app.retention.segment.Playbook;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlan;
import app.retention.segment.ValuePlanner;
import app.retention.text.SpreadsheetSafety;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.retention.export.ExportFixtures.ECONOMICS;
import static app.retention.export.ExportFixtures.HOSTILE_NAME;
import static app.retention.export.ExportFixtures.PROVENANCE;
import static app.retention.export.ExportFixtures.WHEN;
import static app.retention.export.ExportFixtures.attributeColumns;
import static app.retention.export.ExportFixtures.customers;
import static app.retention.export.ExportFixtures.readCsv;
import static app.retention.export.ExportFixtures.readSheet;
import static app.retention.export.ExportFixtures.readXlsxCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListExportsTest {

    private static final List<ScoredCustomer> SEGMENT = customers(300, 5);
    private static final ValuePlan PLAN = ValuePlanner.plan(SEGMENT, ECONOMICS);
    private static final ControlGroup CONTROL = ControlGroups.draw(SEGMENT, 0.10, 99);
    private static final ListLayout LAYOUT = ListLayout.of(attributeColumns());
    private static final ExportOptions MASKING = new ExportOptions(false, "ana", WHEN);

    @TempDir
    Path folder;

    @Test
    void callListHoldsExactlyTheCapacityInDescendingExpectedValue() {
        ExportTable table = ListExports.callList(PLAN, 100, CONTROL, Playbook.defaults(), LAYOUT);

        assertThat(table.rows()).hasSize(100);
        List<Double> values = table.rows().stream().map(r -> ((Number) r.get(column(table, "expected_value_saved"))).doubleValue()).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<Object> ranks = table.rows().stream().map(r -> (Object) r.get(0)).toList();
        assertThat(ranks).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void callListNeverContainsTheControlGroup() {
        ExportTable table = ListExports.callList(PLAN, 1000, CONTROL, Playbook.defaults(), LAYOUT);

        assertThat(table.rows()).hasSize(300 - CONTROL.controlSize());
        assertThat(table.rows()).extracting(r -> (String) r.get(1)).noneMatch(CONTROL::isControl);
    }

    @Test
    void callListCarriesBandProbabilityReasonsValueAndAction() {
        ExportTable table = ListExports.callList(PLAN, 5, null, Playbook.defaults(), LAYOUT);

        assertThat(table.columns()).extracting(ExportColumn::name).containsExactly("rank", "customer_id", "full_name",
                "email", "phone", "country", "acquisition_channel", "days_since_last_order", "risk_band",
                "churn_probability", "clv", "expected_value_saved", "reason_1", "reason_2", "reason_3",
                "recommended_action");
        List<?> first = table.rows().get(0);
        ScoredCustomer top = PLAN.ranking().get(0).customer();
        assertThat(first.get(1)).isEqualTo(top.key());
        assertThat(first.get(8)).isEqualTo(top.band());
        assertThat(first.get(12)).isEqualTo(top.reasons().get(0).text());
        assertThat(first.get(15)).isEqualTo(Playbook.defaults().actionFor(top.band()));
    }

    @Test
    void segmentListMarksTheControlGroupAndHoldsItsCustomersBack() {
        ExportTable table = ListExports.segmentList(PLAN, CONTROL, Playbook.defaults(), LAYOUT);

        int flag = column(table, "control_group");
        int action = column(table, "recommended_action");
        assertThat(table.rows()).hasSize(300);
        assertThat(table.rows()).filteredOn(r -> r.get(flag).equals("Yes")).hasSize(CONTROL.controlSize())
                .allMatch(r -> r.get(action).equals(ListExports.CONTROL_ACTION));
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> ListExports.callList(PLAN, 0, CONTROL, Playbook.defaults(), LAYOUT))
                .isInstanceOf(ExportException.class).hasMessageContaining("capacity of at least 1");
    }

    @Test
    void callListCsvOfOneHundredHasNoPersonalDataAndNoFormula() {
        Path file = folder.resolve("calllist.csv");
        ExportTable table = ListExports.callList(ValuePlanner.plan(SEGMENT, ECONOMICS), 100, null, Playbook.defaults(), LAYOUT);

        ExportResult result = TableExport.writeCsv(table, file, MASKING, PROVENANCE.withCapacity(100));

        List<List<String>> records = readCsv(file);
        assertThat(result.rows()).isEqualTo(100);
        assertThat(records).hasSize(101);
        List<String> emails = records.subList(1, 101).stream().map(r -> r.get(3)).toList();
        assertThat(emails).allMatch(e -> e.matches("c\\*\\*\\*@example\\.com"));
        assertThat(records.stream().flatMap(List::stream)).noneMatch(SpreadsheetSafety::startsLikeAFormula)
                .noneMatch(cell -> cell.contains("Cliente"));
        List<Double> values = records.subList(1, 101).stream().map(r -> Double.parseDouble(r.get(11))).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void callListWithAFormulaForANameIsNeutralisedWhenPersonalDataIsIncluded() {
        Path file = folder.resolve("calllist.xlsx");
        ExportTable table = ListExports.segmentList(PLAN, CONTROL, Playbook.defaults(), LAYOUT);

        TableExport.writeXlsx(table, file, new ExportOptions(true, "ana", WHEN), PROVENANCE);

        List<Cell> cells = readXlsxCells(file);
        assertThat(cells).filteredOn(c -> c.getType() == CellType.STRING)
                .noneMatch(c -> SpreadsheetSafety.startsLikeAFormula(c.asString()));
        assertThat(cells).extracting(Cell::getText).contains("'" + HOSTILE_NAME, "'@SUM(A1:A9)", "'-cmd|' /C calc'!A0");
        assertThat(readSheet(file, "Segment list")).hasSize(301);
    }

    private static int column(ExportTable table, String name) {
        return table.columns().stream().map(ExportColumn::name).toList().indexOf(name);
    }
}
