package app.retention.campaign;

import app.retention.error.WorkbenchException;

/** A campaign cannot be created, given outcomes or read out as asked; the message says what to change. */
public class CampaignException extends WorkbenchException {

    public CampaignException(String message) {
        super(message);
    }

    public CampaignException(String message, Throwable cause) {
        super(message, cause);
    }
}
