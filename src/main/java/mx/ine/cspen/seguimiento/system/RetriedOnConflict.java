package mx.ine.cspen.seguimiento.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public methods of this service run again, a few times, when their transaction lost a race to
 * another one (a deadlock, a serialization failure, a concurrent update of the same row): the work
 * is done anew on the state the other left, and the caller gets either its answer or, if the race
 * goes on, 409 — never 500. See {@link ConflictRetry}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetriedOnConflict {}
