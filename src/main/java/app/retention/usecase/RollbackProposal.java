package app.retention.usecase;

import app.retention.domain.PromotionEvidence;

/**
 * A rollback the workbench proposes: on a labelled snapshot the model in use scored, it did worse than the model it
 * replaced, by the same test a promotion passes ({@code evidence}: the replaced model as challenger).
 */
public record RollbackProposal(long inUse, long replaced, PromotionEvidence evidence) {

    /** The proposal in one sentence, with the command that carries it out. */
    public String sentence(String useCase) {
        return "Rollback proposed: model " + inUse + " did worse than model " + replaced + ", the model it replaced. "
                + evidence.finding() + " Run: model rollback --use-case \"" + useCase + "\" --reason TEXT";
    }
}
