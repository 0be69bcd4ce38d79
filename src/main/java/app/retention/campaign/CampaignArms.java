package app.retention.campaign;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ControlGroup;
import app.retention.segment.RankedCustomer;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses a campaign's arms from a saved segment, as its call list does: customers ranked by
 * {@link ValuePlanner#PRIORITY} (expected value saved, then risk, then key) under the campaign's economics, the
 * control group left out, the top {@code capacity} contacted. The control arm is the segment's stored control
 * group, never redrawn; when only the top of the list is contacted it is the control customers who would have
 * been contacted, ranked by the same rule: the top round(contacted × control ÷ eligible) of them (ADR 0003, the
 * brief's measurement plan). Comparing with the whole control group would credit the campaign with the difference
 * in risk.
 *
 * <p>A model-vs-rule campaign first splits the segment (its stored control group included) in two random halves
 * by a hash of the seed and the key: the model's arms are chosen from one half as above, the rule's from the other:
 * up to {@code capacity} eligible customers the rule picks (in the hash's random order: a rule does not rank) and,
 * as their hold-out, the same share of the half's control customers the rule picks. Same budget, same eligible
 * customers, no overlap.
 */
final class CampaignArms {

    /** A customer of the segment as the arms need it. */
    private record Candidate(RankedCustomer ranked, boolean picked, boolean modelSide, long draw) {
    }

    private final CampaignEconomics economics;
    private final CampaignRule rule;
    private final long seed;
    private final List<Candidate> customers = new ArrayList<>();

    /** @param rule the rule of a model-vs-rule campaign, or null */
    CampaignArms(CampaignEconomics economics, CampaignRule rule, long seed) {
        this.economics = economics;
        this.rule = rule;
        this.seed = seed;
    }

    /** Adds a customer of the segment as it streams by (only what the arms keep is held). */
    void add(ScoredCustomer c) {
        ScoredCustomer slim = new ScoredCustomer(c.key(), c.probability(), c.band(), c.value(), List.of(), Map.of());
        long draw = mix(seed ^ mix(c.key().hashCode()));
        customers.add(new Candidate(new RankedCustomer(0, slim, ValuePlanner.expectedValueSaved(c.probability(),
                c.value(), economics)), rule != null && rule.picks(c), rule == null || (draw & 1) == 0, draw));
    }

    /** The arms' customers: treated in contact order, then control, then (with a rule) the rule's two arms. */
    List<CampaignMember> choose(ControlGroup control, int capacity, Comparator<RankedCustomer> order) {
        List<RankedCustomer> eligible = new ArrayList<>();
        List<RankedCustomer> held = new ArrayList<>();
        List<Candidate> ruleEligible = new ArrayList<>();
        List<Candidate> ruleHeld = new ArrayList<>();
        for (Candidate c : customers) {
            boolean isControl = control != null && control.isControl(c.ranked().customer().key());
            if (c.modelSide()) {
                (isControl ? held : eligible).add(c.ranked());
            } else if (c.picked()) {
                (isControl ? ruleHeld : ruleEligible).add(c);
            }
        }
        eligible.sort(order);
        held.sort(order);
        List<CampaignMember> members = new ArrayList<>();
        pick(eligible, held, capacity, CampaignArm.TREATED, CampaignArm.CONTROL, members);
        if (rule != null) {
            Comparator<Candidate> random = Comparator.comparingLong(Candidate::draw)
                    .thenComparing(c -> c.ranked().customer().key());
            ruleEligible.sort(random);
            ruleHeld.sort(random);
            pick(ruleEligible.stream().map(Candidate::ranked).toList(), ruleHeld.stream().map(Candidate::ranked)
                    .toList(), capacity, CampaignArm.RULE, CampaignArm.RULE_CONTROL, members);
        }
        return members;
    }

    private static void pick(List<RankedCustomer> eligible, List<RankedCustomer> held, int capacity,
                             CampaignArm contactedArm, CampaignArm heldArm, List<CampaignMember> members) {
        int contacted = (int) Math.min(capacity, eligible.size());
        int comparable = contacted >= eligible.size() ? held.size()
                : (int) Math.round((double) contacted * held.size() / eligible.size());
        eligible.subList(0, contacted).forEach(r -> members.add(member(r, contactedArm)));
        held.subList(0, comparable).forEach(r -> members.add(member(r, heldArm)));
    }

    private static CampaignMember member(RankedCustomer r, CampaignArm arm) {
        ScoredCustomer c = r.customer();
        return new CampaignMember(c.key(), arm, c.probability(), c.band(), c.value());
    }

    /** SplitMix64's finaliser: a well-spread 64-bit value of the input. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
