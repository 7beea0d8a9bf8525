"""link codes carry the nickname the ombud gives the client

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 19:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('link_codes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nickname', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('link_codes', schema=None) as batch_op:
        batch_op.drop_column('nickname')
