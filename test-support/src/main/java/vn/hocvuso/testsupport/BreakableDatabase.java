package vn.hocvuso.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's data source, behind a switch a test can turn: while broken, every new connection fails
 * as it would with the database server down. Import {@link Setup} into a test of its own (it makes
 * a context of its own).
 */
public final class BreakableDatabase {

    private volatile boolean broken;

    public void breakDown() {
        broken = true;
    }

    public void mend() {
        broken = false;
    }

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (broken && method.getName().equals("getConnection")) {
                        throw new SQLTransientConnectionException("database down (test)");
                    }
                    return invoke(dataSource, method, args);
                });
    }

    private static Object invoke(DataSource target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Wraps every {@link DataSource} bean of the context. */
    @Configuration(proxyBeanMethods = false)
    public static class Setup {

        @Bean
        static BreakableDatabase breakableDatabase() {
            return new BreakableDatabase();
        }

        @Bean
        static BeanPostProcessor breakableDataSources(BreakableDatabase database) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? database.wrap(dataSource) : bean;
                }
            };
        }
    }
}
