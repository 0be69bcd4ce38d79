package app.retention.domain;

/** An arm's stored size and the SHA-256 of its sorted keys. */
public record CampaignArmRecord(CampaignArm arm, long customers, String sha256) {
}
