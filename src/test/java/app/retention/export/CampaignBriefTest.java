package app.retention.export;

import app.retention.segment.ControlGroups;
import app.retention.segment.ReasonCount;
import app.retention.segment.ScoredCustomer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CampaignBriefTest {

    private static SampleSegment sample;
    private static CampaignBrief brief;

    @BeforeAll
    static void assemble() {
        sample = SampleSegment.load();
        brief = CampaignBrief.assemble(sample.briefRequest());
    }

    @Test
    void segmentFiguresComeFromTheSegmentAndItsControlGroup() {
        List<ScoredCustomer> segment = sample.segment();

        assertThat(brief.segment().size()).isEqualTo(segment.size());
        assertThat(brief.segment().controlSize()).isEqualTo(sample.control().controlSize());
        assertThat(brief.segment().treatedSize()).isEqualTo(segment.size() - sample.control().controlSize());
        assertThat(brief.segment().expectedChurners())
                .isCloseTo(segment.stream().mapToDouble(ScoredCustomer::probability).sum(), within(1e-6));
        assertThat(brief.model().rocAuc()).isEqualTo(0.825);
    }

    @Test
    void outcomeIsAtTheTeamsCapacityOverCustomersOutsideTheControlGroup() {
        assertThat(brief.outcome().atCapacity().contacts()).isEqualTo(SampleSegment.CAPACITY);
        assertThat(brief.provenance().capacity()).isEqualTo(SampleSegment.CAPACITY);
        assertThat(brief.outcome().profitCurve()).extracting(ProfitPoint::listSize)
                .contains(0, SampleSegment.CAPACITY, brief.outcome().peakListSize(), brief.segment().treatedSize())
                .isSorted();
    }

    @Test
    void contactedCustomersAreComparedWithTheSameShareOfTheControlGroup() {
        MeasurementPlan m = brief.measurement();

        assertThat(m.contacted()).isEqualTo(SampleSegment.CAPACITY);
        assertThat(m.comparableControl())
                .isEqualTo(Math.round((float) SampleSegment.CAPACITY * m.controlSize() / m.treatedSize()));
        assertThat(m.contactsTopOnly()).isTrue();
        assertThat(m.customersPerGroupNeeded()).isGreaterThan(m.comparableControl());
        assertThat(m.largeEnough()).isFalse();
        assertThat(m.detectableUplift()).isGreaterThan(m.targetUplift());
    }

    @Test
    void actionTableCountsEveryCustomerOfEachBandOnce() {
        ActionTable actions = brief.actions();

        assertThat(actions.column()).isEqualTo("acquisition_channel");
        assertThat(actions.values()).hasSize(CampaignBrief.BREAKDOWN_VALUES).endsWith(CampaignBrief.OTHER);
        for (ActionTable.Row row : actions.rows()) {
            assertThat(row.customersByValue().stream().mapToInt(Integer::intValue).sum()).isEqualTo(row.customers());
        }
        assertThat(actions.rows()).extracting(ActionTable.Row::band).containsExactly("High", "Medium");
        assertThat(actions.rows().get(0).action()).isEqualTo("E-mail offer + CSM call");
    }

    @Test
    void messageIdeasFollowTheMostFrequentReasons() {
        List<String> reasonFeatures = brief.topReasons().stream().map(ReasonCount::feature).toList();

        assertThat(brief.messageIdeas()).hasSize(CampaignBrief.MESSAGE_IDEAS);
        assertThat(brief.messageIdeas()).extracting(MessageIdea::feature)
                .containsExactlyElementsOf(reasonFeatures.subList(0, CampaignBrief.MESSAGE_IDEAS));
        assertThat(brief.messageIdeas()).allSatisfy(idea -> assertThat(idea.messages()).isNotEmpty());
    }

    @Test
    void aControlGroupDrawnForOtherCustomersIsRefused() {
        BriefRequest request = sample.briefRequest();
        BriefRequest stale = new BriefRequest(request.goal(), request.segment(), request.customers(), request.bands(),
                request.playbook(), ControlGroups.draw(request.customers().subList(0, 100), 1), request.economics(),
                request.capacity(), request.targetUplift(), request.breakdownColumn(),
                request.measurementWindowDays(), request.value(), request.provenance(), request.date());

        assertThatThrownBy(() -> CampaignBrief.assemble(stale)).isInstanceOf(ExportException.class)
                .hasMessageContaining("draw the control group again");
    }

    @Test
    void aBlankGoalGetsOneNamingTheSegment() {
        BriefRequest request = sample.briefRequest();
        BriefRequest blank = new BriefRequest(" ", request.segment(), request.customers(), request.bands(),
                request.playbook(), request.control(), request.economics(), request.capacity(), request.targetUplift(),
                request.breakdownColumn(), request.measurementWindowDays(), request.value(), request.provenance(),
                request.date());

        assertThat(CampaignBrief.assemble(blank).goal()).startsWith("Keep more of the customers in High and Medium "
                + "risk, Brazil who are likely to leave in the next 30 days");
    }
}
