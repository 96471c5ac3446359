package org.euc.portal.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.euc.portal.common.domain.RuleViolationException;

/** A note on a case, internal or addressed to the agency. Never edited (the database refuses it). */
@Entity
@Table(name = "case_note")
public class CaseNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private NoteVisibility visibility;

    @Column(nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected CaseNote() {
        // for JPA
    }

    public CaseNote(Certificate certificate, NoteVisibility visibility, String author, String text, Instant writtenAt) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("rule.note.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolationException("rule.note.tooLong", MAX_LENGTH);
        }
        this.certificate = certificate;
        this.visibility = visibility;
        this.author = author;
        this.text = text.strip();
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
