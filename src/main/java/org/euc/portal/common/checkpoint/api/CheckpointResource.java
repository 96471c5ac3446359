package org.euc.portal.common.checkpoint.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ApiError;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.checkpoint.ChainCheckpoints;
import org.euc.portal.common.checkpoint.ChainCheckpoints.Checkpoint;

/**
 * Signed checkpoints of the hash chains (audit log and ledgers). The latest one is public, so
 * that anyone can keep a copy the database cannot rewrite; auditors and administrators record one
 * on demand and export all of them as a file to keep offline.
 */
@Path("/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class CheckpointResource {

    @Inject
    ChainCheckpoints checkpoints;

    /** A checkpoint as published, with the ministry's certificate to check its signature against. */
    public record PublishedCheckpoint(long sequence, String createdAt, String previousHash, String statementHash,
            String statement, String signature, String algorithm, String sealCertificate) {

        static PublishedCheckpoint of(Checkpoint checkpoint, String sealCertificate) {
            return new PublishedCheckpoint(checkpoint.sequence(), checkpoint.createdAt().toString(),
                    checkpoint.previousHash(), checkpoint.statementHash(), checkpoint.statement(), checkpoint.signature(),
                    checkpoint.algorithm(), sealCertificate);
        }
    }

    @SecurityRequirementsSet // public: no token needed
    @GET
    @Path("/latest")
    @Operation(summary = "The latest checkpoint of the audit log and ledger hash chains, without login",
            description = "Its statement lists the head (position and hash) of every chain that grew since the previous "
                    + "checkpoint and names that checkpoint's statement hash; the signature over the statement's UTF-8 "
                    + "bytes verifies with the ministry's certificate (sealCertificate, PEM). Keep copies: a checkpoint "
                    + "the portal no longer shows, or one that differs from yours, means its records were rewritten.")
    @APIResponse(responseCode = "200", description = "The latest checkpoint",
            content = @Content(schema = @Schema(implementation = PublishedCheckpoint.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint was recorded yet (no_checkpoint)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response latest() {
        return checkpoints.latest()
                .map(checkpoint -> Response.ok(PublishedCheckpoint.of(checkpoint, checkpoints.sealCertificatePem())))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ApiError("no_checkpoint", "No checkpoint has been recorded yet.")))
                .header("Cache-Control", "no-cache")
                .build();
    }

    @POST
    @Operation(summary = "Record a checkpoint now (auditor or administrator)",
            description = "Seals the heads of the chains that grew since the latest checkpoint; when none grew, answers "
                    + "the latest checkpoint.")
    @APIResponse(responseCode = "200", description = "The checkpoint now latest")
    @APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    public PublishedCheckpoint record() {
        return PublishedCheckpoint.of(checkpoints.recordNow(), checkpoints.sealCertificatePem());
    }

    @GET
    @Operation(summary = "Every checkpoint, oldest first, as a file to keep offline (auditor or administrator)")
    @APIResponse(responseCode = "200", description = "JSON: algorithm, sealCertificate and the checkpoints",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    public Response export() {
        StreamingOutput file = checkpoints::exportAll;
        return Response.ok(file, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"euc-checkpoints.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
