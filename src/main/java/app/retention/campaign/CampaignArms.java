package app.retention.campaign;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ControlGroup;
import app.retention.segment.RankedCustomer;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlanner;

import java.util.ArrayList;
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
 */
final class CampaignArms {

    private final CampaignEconomics economics;
    private final List<RankedCustomer> customers = new ArrayList<>();

    CampaignArms(CampaignEconomics economics) {
        this.economics = economics;
    }

    /** Adds a customer of the segment as it streams by (only what the arms keep is held). */
    void add(ScoredCustomer c) {
        ScoredCustomer slim = new ScoredCustomer(c.key(), c.probability(), c.band(), c.value(), List.of(), Map.of());
        customers.add(new RankedCustomer(0, slim, ValuePlanner.expectedValueSaved(c.probability(), c.value(),
                economics)));
    }

    /** The arms' customers: treated first in contact order, then control in the same ranking. */
    List<CampaignMember> choose(ControlGroup control, int capacity) {
        customers.sort(ValuePlanner.PRIORITY);
        List<RankedCustomer> eligible = new ArrayList<>();
        List<RankedCustomer> held = new ArrayList<>();
        for (RankedCustomer r : customers) {
            (control != null && control.isControl(r.customer().key()) ? held : eligible).add(r);
        }
        int contacted = (int) Math.min(capacity, eligible.size());
        int comparable = contacted >= eligible.size() ? held.size()
                : (int) Math.round((double) contacted * held.size() / eligible.size());
        List<CampaignMember> members = new ArrayList<>(contacted + comparable);
        eligible.subList(0, contacted).forEach(r -> members.add(member(r, CampaignArm.TREATED)));
        held.subList(0, comparable).forEach(r -> members.add(member(r, CampaignArm.CONTROL)));
        return members;
    }

    private static CampaignMember member(RankedCustomer r, CampaignArm arm) {
        ScoredCustomer c = r.customer();
        return new CampaignMember(c.key(), arm, c.probability(), c.band(), c.value());
    }
}
