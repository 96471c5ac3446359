package org.euc.portal.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * A call that takes a JSON body but arrived without one is the client's mistake: 400 with the
 * portal's error body, before the resource would read its null request and fail with a 500.
 * Methods that read a missing body as "no options" say so with {@link BodyOptional}.
 */
@Provider
public class RequiredBodyFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || method.isAnnotationPresent(BodyOptional.class) || !takesJsonBody(method)
                || hasBody(request)) {
            return;
        }
        request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("bad_request", "This call needs a JSON body and none was sent."))
                .build());
    }

    /** Whether a byte of body arrives; the byte is put back for the resource to read. */
    private static boolean hasBody(ContainerRequestContext request) throws IOException {
        PushbackInputStream body = new PushbackInputStream(request.getEntityStream(), 1);
        int first = body.read();
        if (first < 0) {
            return false;
        }
        body.unread(first);
        request.setEntityStream(body);
        return true;
    }

    /** A parameter JAX-RS fills from the body (no parameter annotation) and binds from JSON (not a raw stream). */
    private static boolean takesJsonBody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(parameter -> isBody(parameter)
                && !InputStream.class.isAssignableFrom(parameter.getType()) && parameter.getType() != byte[].class
                && parameter.getType() != String.class);
    }

    /** Whether JAX-RS fills the parameter from the request body; the API contract test asks the same. */
    static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return false;
            }
        }
        return true;
    }
}
