"""clients choose how often a check-in reminder comes in their own calendar

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 22:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('checkin_rhythm', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_column('checkin_rhythm')
