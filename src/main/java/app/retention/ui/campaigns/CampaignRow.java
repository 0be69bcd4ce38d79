package app.retention.ui.campaigns;

import app.retention.campaign.ReadoutWords;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignRecord;
import app.retention.ui.common.Formats;

import java.util.List;

/**
 * One campaign as the list shows it: its stored record, its arms' sizes and how its call list was ordered in words
 * ({@code callOrder}, null when by churn risk).
 */
public record CampaignRow(CampaignRecord campaign, List<CampaignArmRecord> arms, String callOrder) {

    public CampaignRow {
        arms = List.copyOf(arms);
    }

    public String name() {
        return campaign.name();
    }

    /** "planned", "running", "outcomes in" or "read out". */
    public String status() {
        return campaign.status().label();
    }

    public String segment() {
        return campaign.segmentName();
    }

    /** "model 3 (J48)". */
    public String model() {
        return "model " + campaign.modelId() + " (" + campaign.modelLearner() + ")";
    }

    /** How the call list was ordered, in the readout's words ({@link ReadoutWords#ranking}). */
    public String ranking() {
        return ReadoutWords.ranking(callOrder, campaign.modelId(), campaign.modelLearner(),
                campaign.datasetReference());
    }

    public String start() {
        return campaign.startDate().toString();
    }

    public long customers(CampaignArm arm) {
        return arms.stream().filter(a -> a.arm() == arm).mapToLong(CampaignArmRecord::customers).sum();
    }

    /** "2,000 contacted · 500 held out", with the rule's arms when there are some. */
    public String armSizes() {
        String sizes = Formats.count(customers(CampaignArm.TREATED)) + " contacted · "
                + Formats.count(customers(CampaignArm.CONTROL)) + " held out";
        if (arms.stream().anyMatch(a -> a.arm() == CampaignArm.RULE)) {
            sizes += " · rule " + Formats.count(customers(CampaignArm.RULE)) + " + "
                    + Formats.count(customers(CampaignArm.RULE_CONTROL));
        }
        return sizes;
    }
}
