package mx.ine.cspen.seguimiento.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages people read (Thymeleaf views), as opposed to the JSON API: its refusals and
 * mistakes answer with a page in Spanish ({@link PageErrors}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

  @AliasFor(annotation = Controller.class)
  String value() default "";
}
