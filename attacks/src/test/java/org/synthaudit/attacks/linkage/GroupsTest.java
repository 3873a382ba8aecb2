package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

class GroupsTest {

    @Nested
    class Of {
        @Test
        void listsEveryValueWithTheMissingGroupFirst() {
            // case C04: a missing protected value is a group of its own
            Schema schema = new Schema(List.of(
                    People.column("group", ColumnType.CATEGORICAL, Role.PROTECTED),
                    People.column("age", ColumnType.NUMERIC, Role.PROTECTED)));
            Dictionary dictionary = new Dictionary();
            int a = dictionary.vocabulary("group").encode("a");
            int b = dictionary.vocabulary("group").encode("b");
            Dataset real = Dataset.builder("real", schema, dictionary, 4)
                    .codes(0, new int[] {b, a, Vocabulary.MISSING, a})
                    .numeric(1, new double[] {1, 2, 3, 4}).build();
            ForkJoinPool pool = new ForkJoinPool(1);
            try {
                var context = People.context(schema, real, People.rows(real, "t", 0, 2),
                        People.rows(real, "h", 2, 4), People.rows(real, "r", 0, 0), real,
                        Map.of(), pool);
                List<Group> groups = Groups.of(context);
                assertEquals(List.of("group=(missing)", "group=a", "group=b"),
                        groups.stream().map(Group::subject).toList());
                assertEquals(1, Groups.notes(context).size());
                assertTrue(Groups.notes(context).getFirst().startsWith("Protected column age"));
            } finally {
                pool.shutdown();
            }
        }
    }
}
